package dev.cairn.core.schema;

import org.jspecify.annotations.Nullable;

/**
 * One way a database differs from a {@link MetaData} that Cairn reports rather than changes: what
 * {@link MetaData#validate} finds, and what {@link MetaData#diff} cannot express safely.
 *
 * @param kind what differs
 * @param severity whether the difference breaks the model ({@code ERROR}) or only may ({@code
 *     WARNING})
 * @param table the table at fault
 * @param column the column at fault, or null when the problem is the table's
 * @param description what differs, e.g. {@code missing column customers.name}
 * @param action what to do about it
 */
public record SchemaProblem(
    Kind kind,
    Severity severity,
    String table,
    @Nullable String column,
    String description,
    String action) {

  /** What differs between the model and the database. */
  public enum Kind {
    /** The database has no such table. */
    MISSING_TABLE,
    /** The table has no such column. */
    MISSING_COLUMN,
    /** The column holds another kind of value (or a native enum the model binds as text). */
    TYPE_MISMATCH,
    /** One side accepts NULL, the other does not. */
    NULLABILITY_MISMATCH,
    /** The database's column is shorter or less precise than the model's. */
    SIZE_MISMATCH,
    /** A change the dialect cannot make in place, or that Cairn will not guess. */
    UNSUPPORTED_CHANGE
  }

  /** How much a problem matters. */
  public enum Severity {
    /** Statements built from the model fail or find nothing: validation fails. */
    ERROR,
    /** The model may still work; validation passes and reports it. */
    WARNING
  }

  static SchemaProblem error(
      Kind kind, String table, @Nullable String column, String description, String action) {
    return new SchemaProblem(kind, Severity.ERROR, table, column, description, action);
  }

  static SchemaProblem warning(
      Kind kind, String table, @Nullable String column, String description, String action) {
    return new SchemaProblem(kind, Severity.WARNING, table, column, description, action);
  }

  /** Whether this problem is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The description followed by what to do. */
  public String message() {
    return description + "; " + action;
  }

  @Override
  public String toString() {
    return message();
  }
}
