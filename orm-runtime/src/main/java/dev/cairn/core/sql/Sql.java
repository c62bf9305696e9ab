package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * The static facade every statement starts from: {@code Sql.select(…)}, {@code Sql.insertInto(…)},
 * {@code Sql.update(…)}, {@code Sql.deleteFrom(…)}, functions, conditions and values.
 */
public final class Sql {

  private Sql() {}

  /**
   * A value bound as a parameter of {@code type}; a {@link dev.cairn.core.CairnException} when the
   * type does not accept the value ({@link SqlType#checkValue}).
   */
  public static <T> Expression<T> value(SqlType<T> type, @Nullable T value) {
    return new BoundValue<>(type, type.checkValue(value));
  }

  /** A named placeholder, given its value at execution: build once, execute many times. */
  public static <T> Expression<T> param(String name, SqlType<T> type) {
    return new NamedParameter<>(name, type);
  }

  /** {@code NOT (condition)}. */
  public static Condition not(Condition condition) {
    return condition.not();
  }

  // ---- Data changes and text SQL ------------------------------------------------------------

  /** {@code INSERT INTO table …}; add rows with {@code set}, {@code values} or {@code row}. */
  public static Insert insertInto(TableReference table) {
    return InsertStatement.into(table);
  }

  /** {@code UPDATE table SET …}; needs {@code where(…)} or an explicit {@code all()}. */
  public static Update update(TableReference table) {
    return UpdateStatement.of(table);
  }

  /** {@code DELETE FROM table}; needs {@code where(…)} or an explicit {@code all()}. */
  public static Delete deleteFrom(TableReference table) {
    return DeleteStatement.from(table);
  }

  /**
   * An insert that updates or keeps the existing row on a key conflict, the same code on every
   * database: {@code Sql.upsert(t).set(…).onConflict(t.id).doUpdate(t.name)}.
   */
  public static Upsert upsert(TableReference table) {
    return UpsertStatement.of(InsertValues.into(table), java.util.List.of());
  }

  /** In an upsert's update part, the value the insert tried to put into {@code column}. */
  public static <T> Expression<T> excluded(ColumnReference<T> column) {
    return new Excluded<>(column);
  }

  /** An empty row for a multi-row insert or upsert: {@code Sql.rowValues().set(c, v)}. */
  public static RowValues rowValues() {
    return RowValues.empty();
  }

  /** Hand-written SQL with {@code :name} placeholders: {@code Sql.text("…").bind("name", v)}. */
  public static TextSql text(String sql) {
    return TextStatement.of(sql);
  }
}
