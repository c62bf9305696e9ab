package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.JdbcCodec;
import dev.cairn.core.sql.type.SqlType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/**
 * A {@code BigDecimal} in a SQLite NUMERIC column, which keeps a 64-bit integer when the value is
 * whole and an 8-byte float otherwise. Whole values up to {@code Long} range and fractional values
 * of at most 15 significant digits are stored exactly; any other value is refused rather than
 * silently rounded. Values read back carry the column's declared scale ({@link
 * dev.cairn.core.sql.type.SqlTypes#NUMERIC}, without one, keeps each value's own scale).
 */
final class SqliteDecimalCodec implements JdbcCodec<BigDecimal> {

  /** The significant digits an 8-byte float keeps through SQLite's text conversions. */
  static final int FLOAT_DIGITS = 15;

  private static final MathContext FLOAT_CONTEXT = new MathContext(FLOAT_DIGITS);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final SqlType<BigDecimal> type;
  private final int scale;
  private final boolean scaled;

  SqliteDecimalCodec(SqlType<BigDecimal> type) {
    this.type = type;
    this.scale = type.scale();
    this.scaled = type.precision() > 0;
  }

  @Override
  public void bind(PreparedStatement statement, int index, @Nullable BigDecimal value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NUMERIC);
      return;
    }
    BigDecimal rounded = scaled ? value.setScale(scale, RoundingMode.HALF_UP) : value;
    BigDecimal stripped = rounded.stripTrailingZeros();
    if (stripped.scale() <= 0
        && stripped.compareTo(LONG_MIN) >= 0
        && stripped.compareTo(LONG_MAX) <= 0) {
      statement.setLong(index, stripped.longValueExact());
    } else if (stripped.precision() <= FLOAT_DIGITS) {
      statement.setDouble(index, stripped.doubleValue());
    } else {
      throw new CairnException(
          "sqlite cannot store a "
              + type
              + " value with "
              + stripped.precision()
              + " significant digits exactly: SQLite keeps NUMERIC values as 64-bit integers or"
              + " 8-byte floats ("
              + FLOAT_DIGITS
              + " significant digits). Round the value, or use another database for this column");
    }
  }

  @Override
  public @Nullable BigDecimal read(ResultSet resultSet, int index) throws SQLException {
    Object raw = resultSet.getObject(index);
    BigDecimal value;
    if (raw == null) {
      return null;
    } else if (raw instanceof Long || raw instanceof Integer) {
      value = BigDecimal.valueOf(((Number) raw).longValue());
    } else if (raw instanceof Double number) {
      value = BigDecimal.valueOf(number).round(FLOAT_CONTEXT);
    } else {
      try {
        value = new BigDecimal(raw.toString().trim());
      } catch (NumberFormatException e) {
        throw new CairnException(
            "sqlite column value '" + raw + "' in a " + type + " column is not a number", e);
      }
    }
    return scaled ? value.setScale(scale, RoundingMode.HALF_UP) : value;
  }
}
