package dev.cairn.core.sql.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Binds with {@code setObject} and reads with {@code getObject(index, javaType)}. */
final class ObjectCodec<T> implements JdbcCodec<T> {

  private final Class<T> javaType;

  private ObjectCodec(Class<T> javaType) {
    this.javaType = javaType;
  }

  static <T> ObjectCodec<T> of(SqlType<T> type) {
    return new ObjectCodec<>(type.javaType());
  }

  @Override
  public void bind(PreparedStatement statement, int index, @Nullable T value) throws SQLException {
    statement.setObject(index, value);
  }

  @Override
  public @Nullable T read(ResultSet resultSet, int index) throws SQLException {
    return javaType == Object.class
        ? javaType.cast(resultSet.getObject(index))
        : resultSet.getObject(index, javaType);
  }
}
