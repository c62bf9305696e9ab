package dev.cairn.core.dialect.postgres;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.ErrorClassifier;
import dev.cairn.core.schema.DdlDialect;
import dev.cairn.core.schema.reflect.Catalog;
import dev.cairn.core.sql.DmlSyntax;
import dev.cairn.core.sql.QuerySyntax;
import dev.cairn.core.sql.type.TypeDialect;
import java.util.Set;

/** The PostgreSQL dialect. */
public class PostgresDialect extends Dialect {

  private static final Catalog CATALOG = new PostgresCatalog();

  /** Creates the PostgreSQL dialect. */
  public PostgresDialect() {
    this(
        "postgresql",
        new PostgresTypes(),
        new PostgresDdl(),
        new PostgresQuerySyntax(),
        new PostgresDmlSyntax(),
        new PostgresErrors());
  }

  /** Creates a dialect from PostgreSQL's parts, for variants of PostgreSQL. */
  protected PostgresDialect(
      String name,
      TypeDialect types,
      DdlDialect ddl,
      QuerySyntax query,
      DmlSyntax dml,
      ErrorClassifier errors) {
    super(name, '"', Set.of(), types, ddl, query, dml, errors);
  }

  /** Reads the schema from {@code pg_catalog} ({@link PostgresCatalog}). */
  @Override
  public Catalog catalog() {
    return CATALOG;
  }

  /** PgJDBC batches a statement that has RETURNING and collects its rows as generated keys. */
  @Override
  public boolean supportsBatchReturning() {
    return true;
  }
}
