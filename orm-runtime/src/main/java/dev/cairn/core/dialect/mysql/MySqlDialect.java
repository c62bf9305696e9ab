package dev.cairn.core.dialect.mysql;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.ErrorClassifier;
import dev.cairn.core.schema.DdlDialect;
import dev.cairn.core.schema.reflect.Catalog;
import dev.cairn.core.sql.DmlSyntax;
import dev.cairn.core.sql.QuerySyntax;
import dev.cairn.core.sql.type.TypeDialect;
import java.util.Set;

/** The MySQL dialect. */
public class MySqlDialect extends Dialect {

  private static final Catalog CATALOG = new MySqlCatalog();

  /** Creates the MySQL dialect. */
  public MySqlDialect() {
    this(
        "mysql",
        new MySqlTypes(),
        new MySqlDdl(),
        new MySqlQuerySyntax(),
        new MySqlDmlSyntax(),
        new MySqlErrors());
  }

  /** Creates a dialect from MySQL's parts, for variants of MySQL. */
  protected MySqlDialect(
      String name,
      TypeDialect types,
      DdlDialect ddl,
      QuerySyntax query,
      DmlSyntax dml,
      ErrorClassifier errors) {
    super(name, '`', Set.of(), types, ddl, query, dml, errors);
  }

  /** Reads the schema from {@code information_schema} ({@link MySqlCatalog}). */
  @Override
  public Catalog catalog() {
    return CATALOG;
  }
}
