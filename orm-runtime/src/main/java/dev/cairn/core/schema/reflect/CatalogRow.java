package dev.cairn.core.schema.reflect;

import org.jspecify.annotations.Nullable;

/** One row of a catalog query, read by column label (exact, else ignoring case). */
@FunctionalInterface
public interface CatalogRow {

  /** The value of the column labelled {@code label}, as the driver returns it. */
  @Nullable Object get(String label);

  /** The value as text, or null for SQL NULL. */
  default @Nullable String text(String label) {
    Object value = get(label);
    return value == null ? null : value.toString();
  }

  /** The value as text; a catalog that returns NULL here is broken, which fails loudly. */
  default String requiredText(String label) {
    String value = text(label);
    if (value == null) {
      throw new IllegalStateException("catalog column " + label + " is NULL");
    }
    return value;
  }

  /** The value as an int, or null for SQL NULL. */
  default @Nullable Integer optionalInteger(String label) {
    Object value = get(label);
    if (value == null) {
      return null;
    }
    if (value instanceof Number number) {
      return number.intValue();
    }
    return Integer.valueOf(value.toString().trim());
  }

  /** The value as an int, 0 for SQL NULL. */
  default int integer(String label) {
    Integer value = optionalInteger(label);
    return value == null ? 0 : value;
  }

  /**
   * The value as a flag: a boolean, a non-zero number, or text {@code YES}, {@code TRUE}, {@code T}
   * or {@code 1} (any case); false for SQL NULL.
   */
  default boolean flag(String label) {
    Object value = get(label);
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value instanceof Number number) {
      return number.longValue() != 0;
    }
    if (value == null) {
      return false;
    }
    String text = value.toString().trim();
    return text.equalsIgnoreCase("yes")
        || text.equalsIgnoreCase("true")
        || text.equalsIgnoreCase("t")
        || text.equals("1");
  }
}
