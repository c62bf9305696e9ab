package dev.cairn.spring.data.query;

/** The number types a count or a modifying query may return. */
final class Counts {

  private Counts() {}

  /** Whether {@code type} is {@code long}, {@code int} or their wrappers. */
  static boolean isCount(Class<?> type) {
    return type == long.class || type == Long.class || type == int.class || type == Integer.class;
  }

  /** {@code count} as {@code type} ({@code int} types must hold it). */
  static Object as(long count, Class<?> type) {
    return type == int.class || type == Integer.class ? Math.toIntExact(count) : count;
  }
}
