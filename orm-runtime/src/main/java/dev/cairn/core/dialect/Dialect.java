package dev.cairn.core.dialect;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.DdlDialect;
import dev.cairn.core.schema.SchemaDialect;
import dev.cairn.core.schema.reflect.Catalog;
import dev.cairn.core.sql.DmlSyntax;
import dev.cairn.core.sql.QuerySyntax;
import dev.cairn.core.sql.type.TypeDialect;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A database dialect: capability objects for types, DDL, queries, data changes and errors, plus
 * identifier quoting. Each database's dialect lives in its own sub-package and is found by {@link
 * Dialects}; nothing outside those packages tests for a concrete dialect.
 */
public abstract class Dialect implements SchemaDialect {

  private final String name;
  private final char quote;
  private final Set<String> reservedWords;
  private final TypeDialect types;
  private final DdlDialect ddl;
  private final QuerySyntax query;
  private final DmlSyntax dml;
  private final ErrorClassifier errors;

  /** Assembles a dialect from its parts. */
  protected Dialect(
      String name,
      char quote,
      Set<String> reservedWords,
      TypeDialect types,
      DdlDialect ddl,
      QuerySyntax query,
      DmlSyntax dml,
      ErrorClassifier errors) {
    this.name = name;
    this.quote = quote;
    this.reservedWords = Set.copyOf(reservedWords);
    this.types = types;
    this.ddl = ddl;
    this.query = query;
    this.dml = dml;
    this.errors = errors;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String quoteIdentifier(String identifier) {
    if (isPlain(identifier)
        && !Keywords.SQL_RESERVED.contains(identifier)
        && !reservedWords.contains(identifier)) {
      return identifier;
    }
    String q = String.valueOf(quote);
    return q + identifier.replace(q, q + q) + q;
  }

  /** {@code [a-z_][a-z0-9_]*}, checked without a regex: this runs for every rendered name. */
  private static boolean isPlain(String identifier) {
    if (identifier.isEmpty()) {
      return false;
    }
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public TypeDialect types() {
    return types;
  }

  /** DDL syntax and capabilities. */
  @Override
  public DdlDialect ddl() {
    return ddl;
  }

  @Override
  public QuerySyntax query() {
    return query;
  }

  @Override
  public DmlSyntax dml() {
    return dml;
  }

  /** Classifies the driver's exceptions. */
  public ErrorClassifier errors() {
    return errors;
  }

  /**
   * The catalog queries that read this database's schema back (reflection, {@code
   * engine.inspector()}, {@code MetaData.reflect}); every built-in dialect has one.
   *
   * @throws CairnException for a dialect that cannot read its database's schema
   */
  public Catalog catalog() {
    throw new CairnException(
        "The "
            + name
            + " dialect cannot read a database's schema (it has no catalog queries); declare the"
            + " tables instead, or use a dialect that reflects");
  }

  @Override
  public int maxBindParameters() {
    return 32_767;
  }

  /** SQL to run on every new pooled connection (e.g. SQLite's foreign-key pragma), or null. */
  public @Nullable String connectionInitSql() {
    return null;
  }

  /**
   * Whether the driver returns the generated keys of every row of a JDBC batch; when not, the
   * engine runs a statement that needs generated keys once per row.
   */
  public boolean supportsBatchGeneratedKeys() {
    return true;
  }

  /**
   * Whether the driver runs a JDBC batch of a statement with a native RETURNING clause and hands
   * back the returned rows of every set through {@code getGeneratedKeys()}; when not, the engine
   * runs such a statement once per parameter set.
   */
  public boolean supportsBatchReturning() {
    return false;
  }

  /** How this database folds unquoted identifiers in its catalog: upper, lower, or as written. */
  public String catalogName(String identifier) {
    return identifier;
  }

  /** Lower-cases an identifier the locale-safe way. */
  protected static String lower(String identifier) {
    return identifier.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return name;
  }
}
