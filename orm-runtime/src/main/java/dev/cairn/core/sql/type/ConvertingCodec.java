package dev.cairn.core.sql.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Stores values through another codec after converting them, e.g. a UUID as text. Null is passed
 * through without calling the conversions.
 */
final class ConvertingCodec<T, S> implements JdbcCodec<T> {

  private final JdbcCodec<S> stored;
  private final Function<? super T, ? extends S> toStored;
  private final Function<? super S, ? extends T> fromStored;

  ConvertingCodec(
      JdbcCodec<S> stored,
      Function<? super T, ? extends S> toStored,
      Function<? super S, ? extends T> fromStored) {
    this.stored = stored;
    this.toStored = toStored;
    this.fromStored = fromStored;
  }

  @Override
  public void bind(PreparedStatement statement, int index, @Nullable T value) throws SQLException {
    stored.bind(statement, index, value == null ? null : toStored.apply(value));
  }

  @Override
  public @Nullable T read(ResultSet resultSet, int index) throws SQLException {
    S value = stored.read(resultSet, index);
    return value == null ? null : fromStored.apply(value);
  }
}
