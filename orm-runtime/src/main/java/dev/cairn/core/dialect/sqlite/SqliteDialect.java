package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.ErrorClassifier;
import dev.cairn.core.schema.DdlDialect;
import dev.cairn.core.schema.reflect.Catalog;
import dev.cairn.core.sql.DmlSyntax;
import dev.cairn.core.sql.QuerySyntax;
import dev.cairn.core.sql.type.TypeDialect;
import java.util.Set;

/** The SQLite dialect. */
public class SqliteDialect extends Dialect {

  private static final Catalog CATALOG = new SqliteCatalog();

  /** Creates the SQLite dialect. */
  public SqliteDialect() {
    this(
        "sqlite",
        new SqliteTypes(),
        new SqliteDdl(),
        new SqliteQuerySyntax(),
        new SqliteDmlSyntax(),
        new SqliteErrors());
  }

  /** Creates a dialect from SQLite's parts, for variants of SQLite. */
  protected SqliteDialect(
      String name,
      TypeDialect types,
      DdlDialect ddl,
      QuerySyntax query,
      DmlSyntax dml,
      ErrorClassifier errors) {
    super(name, '"', Set.of(), types, ddl, query, dml, errors);
  }

  /** sqlite-jdbc reports only the last row's key for a batch. */
  @Override
  public boolean supportsBatchGeneratedKeys() {
    return false;
  }

  @Override
  public String connectionInitSql() {
    return "PRAGMA foreign_keys = ON";
  }

  /** Reads the schema from {@code sqlite_master} and the pragmas ({@link SqliteCatalog}). */
  @Override
  public Catalog catalog() {
    return CATALOG;
  }
}
