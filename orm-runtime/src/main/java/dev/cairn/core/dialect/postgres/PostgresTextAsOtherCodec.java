package dev.cairn.core.dialect.postgres;

import dev.cairn.core.sql.type.JdbcCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/**
 * Text for a column whose type the server converts it to: JSON for a JSONB column, a label for a
 * native enum. Bound as {@code OTHER} (a parameter of unspecified type) so PostgreSQL reads the
 * string as the column's type instead of rejecting a {@code varchar} parameter ({@code operator
 * does not exist: mpaa_rating = character varying}); read back as text.
 */
final class PostgresTextAsOtherCodec implements JdbcCodec<String> {

  static final PostgresTextAsOtherCodec INSTANCE = new PostgresTextAsOtherCodec();

  private PostgresTextAsOtherCodec() {}

  @Override
  public void bind(PreparedStatement statement, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.OTHER);
    } else {
      statement.setObject(index, value, Types.OTHER);
    }
  }

  @Override
  public @Nullable String read(ResultSet resultSet, int index) throws SQLException {
    return resultSet.getString(index);
  }
}
