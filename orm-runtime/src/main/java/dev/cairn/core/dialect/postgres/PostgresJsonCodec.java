package dev.cairn.core.dialect.postgres;

import dev.cairn.core.sql.type.JdbcCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/**
 * JSON text for a JSONB column: bound as {@code OTHER} so PostgreSQL parses the string as JSON
 * instead of rejecting a {@code varchar} parameter; read back as text.
 */
final class PostgresJsonCodec implements JdbcCodec<String> {

  static final PostgresJsonCodec INSTANCE = new PostgresJsonCodec();

  private PostgresJsonCodec() {}

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
