package dev.cairn.core.sql.type;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/**
 * Codecs for the integral types and booleans: primitive setters and getters plus {@code wasNull}.
 */
final class IntegerCodecs {

  static final JdbcCodec<Short> SHORT = new ShortCodec();
  static final JdbcCodec<Integer> INT = new IntCodec();
  static final JdbcCodec<Long> LONG = new LongCodec();
  static final JdbcCodec<Boolean> BOOLEAN = new BooleanCodec();

  private IntegerCodecs() {}

  private static final class ShortCodec implements JdbcCodec<Short> {
    @Override
    public void bind(PreparedStatement statement, int index, @Nullable Short value)
        throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.SMALLINT);
      } else {
        statement.setShort(index, value);
      }
    }

    @Override
    public @Nullable Short read(ResultSet resultSet, int index) throws SQLException {
      short value = resultSet.getShort(index);
      return value == 0 && resultSet.wasNull() ? null : value;
    }
  }

  private static final class IntCodec implements JdbcCodec<Integer> {
    @Override
    public void bind(PreparedStatement statement, int index, @Nullable Integer value)
        throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.INTEGER);
      } else {
        statement.setInt(index, value);
      }
    }

    @Override
    public @Nullable Integer read(ResultSet resultSet, int index) throws SQLException {
      int value = resultSet.getInt(index);
      return value == 0 && resultSet.wasNull() ? null : value;
    }
  }

  private static final class LongCodec implements JdbcCodec<Long> {
    @Override
    public void bind(PreparedStatement statement, int index, @Nullable Long value)
        throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.BIGINT);
      } else {
        statement.setLong(index, value);
      }
    }

    @Override
    public @Nullable Long read(ResultSet resultSet, int index) throws SQLException {
      long value = resultSet.getLong(index);
      return value == 0 && resultSet.wasNull() ? null : value;
    }
  }

  private static final class BooleanCodec implements JdbcCodec<Boolean> {
    @Override
    public void bind(PreparedStatement statement, int index, @Nullable Boolean value)
        throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.BOOLEAN);
      } else {
        statement.setBoolean(index, value);
      }
    }

    @Override
    public @Nullable Boolean read(ResultSet resultSet, int index) throws SQLException {
      boolean value = resultSet.getBoolean(index);
      return !value && resultSet.wasNull() ? null : value;
    }
  }
}
