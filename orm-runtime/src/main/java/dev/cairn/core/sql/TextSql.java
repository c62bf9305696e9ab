package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SQL written by hand with {@code :name} placeholders, built from {@link Sql#text}. Immutable:
 * every method returns a new statement.
 *
 * <pre>{@code
 * Sql.text("SELECT id, name FROM users WHERE name = :name OR nick = :name")
 *     .bind("name", "ann")
 *     .columns(users.id, users.name);
 * }</pre>
 *
 * <p>A name used twice is bound once and sent once per occurrence. Placeholders inside string
 * literals, quoted identifiers, comments and PostgreSQL dollar quotes are left alone, as are {@code
 * ::} casts ({@code :id::bigint} is the placeholder {@code id} cast to bigint); {@code \:} writes a
 * literal colon. Compiling with a placeholder left unbound fails and names it.
 */
public interface TextSql extends Statement {

  /** The SQL as written. */
  String text();

  /** The distinct placeholder names in order of first appearance. */
  List<String> parameterNames();

  /**
   * Binds {@code value} to {@code :name}; its SQL type is chosen from its Java class ({@code Long}
   * → BIGINT, {@code String} → TEXT, … and otherwise bound with {@code setObject}). A collection or
   * object array expands to one parameter per element, for {@code IN (:ids)}; an empty one renders
   * {@code NULL}, matching no row.
   */
  TextSql bind(String name, @Nullable Object value);

  /** Binds {@code value} to {@code :name} as {@code type}. */
  <T> TextSql bind(String name, SqlType<T> type, @Nullable T value);

  /**
   * Puts {@code expression} in place of {@code :name}, e.g. {@code Sql.param("name", type)} to
   * supply the value at execution and run the statement many times. A null (which is also what
   * {@code bind(name, null)} resolves to) binds SQL NULL.
   */
  TextSql bind(String name, @Nullable Expression<?> expression);

  /** Declares the typed columns of the rows this SQL returns, in order. */
  TextSql columns(Expression<?>... columns);

  /** Overrides the kind guessed from the first keyword. */
  TextSql kind(StatementKind kind);
}
