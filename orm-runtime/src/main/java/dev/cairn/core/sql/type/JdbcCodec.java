package dev.cairn.core.sql.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Binds values of one SQL type to a {@link PreparedStatement} and reads them from a {@link
 * ResultSet}, the way one dialect's driver wants them. Resolved once per statement shape and then
 * used per row, so implementations must do no lookups or allocation beyond the value.
 *
 * @param <T> the Java type of values
 */
public interface JdbcCodec<T> {

  /** Binds {@code value} (possibly null) as parameter {@code index} (1-based). */
  void bind(PreparedStatement statement, int index, @Nullable T value) throws SQLException;

  /** Reads column {@code index} (1-based) of the current row; null for SQL NULL. */
  @Nullable T read(ResultSet resultSet, int index) throws SQLException;
}
