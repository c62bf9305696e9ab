package dev.cairn.core.sql.type;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/** Codecs for fractional numbers: exact decimals and single- and double-precision floats. */
final class DecimalCodecs {

  static final JdbcCodec<BigDecimal> BIG_DECIMAL = new BigDecimalCodec();
  static final JdbcCodec<Float> FLOAT = new FloatCodec();
  static final JdbcCodec<Double> DOUBLE = new DoubleCodec();

  private DecimalCodecs() {}

  private static final class BigDecimalCodec implements JdbcCodec<BigDecimal> {
    @Override
    public void bind(PreparedStatement statement, int index, @Nullable BigDecimal value)
        throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.NUMERIC);
      } else {
        statement.setBigDecimal(index, value);
      }
    }

    @Override
    public @Nullable BigDecimal read(ResultSet resultSet, int index) throws SQLException {
      return resultSet.getBigDecimal(index);
    }
  }

  private static final class FloatCodec implements JdbcCodec<Float> {
    @Override
    public void bind(PreparedStatement statement, int index, @Nullable Float value)
        throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.REAL);
      } else {
        statement.setFloat(index, value);
      }
    }

    @Override
    public @Nullable Float read(ResultSet resultSet, int index) throws SQLException {
      float value = resultSet.getFloat(index);
      return value == 0 && resultSet.wasNull() ? null : value;
    }
  }

  private static final class DoubleCodec implements JdbcCodec<Double> {
    @Override
    public void bind(PreparedStatement statement, int index, @Nullable Double value)
        throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.DOUBLE);
      } else {
        statement.setDouble(index, value);
      }
    }

    @Override
    public @Nullable Double read(ResultSet resultSet, int index) throws SQLException {
      double value = resultSet.getDouble(index);
      return value == 0 && resultSet.wasNull() ? null : value;
    }
  }
}
