package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One {@code ?} of a compiled statement: a value fixed when the statement was built, a named
 * placeholder ({@link Sql#param}) whose value is supplied at execution, or a value produced at
 * execution by a supplier (a column's client-side default), asked anew for every execution and for
 * every row of a batch.
 *
 * @param name the placeholder's name, or null for a fixed or supplied value
 * @param type how the value is bound
 * @param value the fixed value (null for SQL NULL, a named placeholder or a supplied value)
 * @param supplier produces the value at execution, or null when the value is fixed or named
 */
public record Parameter(
    @Nullable String name,
    SqlType<?> type,
    @Nullable Object value,
    @Nullable Supplier<?> supplier) {

  /** A fixed value ({@code name} null) or a named placeholder. */
  public Parameter(@Nullable String name, SqlType<?> type, @Nullable Object value) {
    this(name, type, value, null);
  }

  /** A parameter whose value {@code supplier} produces each time the statement is bound. */
  public static Parameter supplied(SqlType<?> type, Supplier<?> supplier) {
    return new Parameter(null, type, null, supplier);
  }

  /** Whether this parameter's value is supplied at execution by name. */
  public boolean isNamed() {
    return name != null;
  }

  /** Whether this parameter's value is produced at execution by its {@link #supplier()}. */
  public boolean isSupplied() {
    return supplier != null;
  }

  /**
   * The value to bind for a parameter that is not named: the fixed value, or a new value from the
   * supplier (called once per call of this method).
   */
  public @Nullable Object resolve() {
    Supplier<?> current = supplier;
    return current == null ? value : current.get();
  }
}
