package dev.cairn.core.sql.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Binds with {@code setObject} and reads with JDBC 4.2's {@code getObject(index, javaType)}: the
 * codec for {@code java.time} values, UUIDs and values of unknown type.
 */
final class ObjectCodec<T> implements JdbcCodec<T> {

  private final Class<T> javaType;
  private final int nullType;

  ObjectCodec(Class<T> javaType, int nullType) {
    this.javaType = javaType;
    this.nullType = nullType;
  }

  @Override
  public void bind(PreparedStatement statement, int index, @Nullable T value) throws SQLException {
    if (value == null) {
      statement.setNull(index, nullType);
    } else {
      statement.setObject(index, value);
    }
  }

  @Override
  public @Nullable T read(ResultSet resultSet, int index) throws SQLException {
    return javaType == Object.class
        ? javaType.cast(resultSet.getObject(index))
        : resultSet.getObject(index, javaType);
  }
}
