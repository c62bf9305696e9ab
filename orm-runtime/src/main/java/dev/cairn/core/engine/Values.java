package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Converts a value read from the database to the Java type a caller asks for, where the driver's
 * type differs in a lossless way (an {@code Integer} asked for as {@code long}, SQLite's 0/1 as a
 * boolean, {@code java.sql.Timestamp} as {@code LocalDateTime}, text as an enum).
 */
final class Values {

  private Values() {}

  static <T> @Nullable T convert(@Nullable Object value, Class<T> type, String what) {
    if (value == null) {
      return null;
    }
    Class<?> target = box(type);
    if (target.isInstance(value)) {
      @SuppressWarnings("unchecked")
      T same = (T) value;
      return same;
    }
    Object converted = convertOrNull(value, target);
    if (converted == null) {
      throw new CairnException(
          "Cannot read "
              + what
              + " (a "
              + value.getClass().getName()
              + ", value "
              + value
              + ") as "
              + type.getName());
    }
    @SuppressWarnings("unchecked")
    T result = (T) converted;
    return result;
  }

  static Class<?> box(Class<?> type) {
    return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
  }

  private static @Nullable Object convertOrNull(Object value, Class<?> target) {
    if (value instanceof Number number) {
      return fromNumber(number, target);
    }
    if (target == String.class && (value instanceof CharSequence || value instanceof UUID)) {
      return value.toString();
    }
    if (value instanceof String text) {
      return fromText(text, target);
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return target == LocalDateTime.class
          ? timestamp.toLocalDateTime()
          : target == Instant.class ? timestamp.toInstant() : null;
    }
    if (value instanceof java.sql.Date date && target == LocalDate.class) {
      return date.toLocalDate();
    }
    if (value instanceof java.sql.Time time && target == LocalTime.class) {
      return time.toLocalTime();
    }
    return null;
  }

  private static @Nullable Object fromNumber(Number number, Class<?> target) {
    if (target == Boolean.class) {
      long bit = number.longValue();
      return bit == 0 || bit == 1 ? bit == 1 : null;
    }
    if (target == Double.class) {
      return number.doubleValue();
    }
    if (target == Float.class) {
      return number.floatValue();
    }
    if (target == BigDecimal.class) {
      return number instanceof BigInteger big
          ? new BigDecimal(big)
          : new BigDecimal(number.toString());
    }
    BigInteger integral = integral(number);
    if (integral == null) {
      return null;
    }
    if (target == BigInteger.class) {
      return integral;
    }
    if (integral.bitLength() >= 64) {
      return null;
    }
    long exact = integral.longValue();
    if (target == Long.class) {
      return exact;
    }
    if (target == Integer.class && exact == (int) exact) {
      return (int) exact;
    }
    if (target == Short.class && exact == (short) exact) {
      return (short) exact;
    }
    if (target == Byte.class && exact == (byte) exact) {
      return (byte) exact;
    }
    return null;
  }

  private static @Nullable BigInteger integral(Number number) {
    if (number instanceof BigInteger big) {
      return big;
    }
    if (number instanceof BigDecimal decimal) {
      try {
        return decimal.toBigIntegerExact();
      } catch (ArithmeticException notWhole) {
        return null;
      }
    }
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      return d == Math.rint(d) && !Double.isInfinite(d)
          ? BigDecimal.valueOf(d).toBigInteger()
          : null;
    }
    return BigInteger.valueOf(number.longValue());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static @Nullable Object fromText(String text, Class<?> target) {
    try {
      if (target.isEnum()) {
        return Enum.valueOf((Class) target, text);
      }
      if (target == UUID.class) {
        return UUID.fromString(text);
      }
      if (target == LocalDate.class) {
        return LocalDate.parse(text);
      }
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException unparsable) {
      return null;
    }
    return null;
  }
}
