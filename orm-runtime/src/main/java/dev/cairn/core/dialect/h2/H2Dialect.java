package dev.cairn.core.dialect.h2;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.ErrorClassifier;
import dev.cairn.core.schema.DdlDialect;
import dev.cairn.core.schema.reflect.Catalog;
import dev.cairn.core.sql.DmlSyntax;
import dev.cairn.core.sql.QuerySyntax;
import dev.cairn.core.sql.type.TypeDialect;
import java.util.Set;

/** The H2 dialect. */
public class H2Dialect extends Dialect {

  private static final Catalog CATALOG = new H2Catalog();

  /** Creates the H2 dialect. */
  public H2Dialect() {
    this("h2", new H2Types(), new H2Ddl(), new H2QuerySyntax(), new H2DmlSyntax(), new H2Errors());
  }

  /** Creates a dialect from H2's parts, for variants of H2. */
  protected H2Dialect(
      String name,
      TypeDialect types,
      DdlDialect ddl,
      QuerySyntax query,
      DmlSyntax dml,
      ErrorClassifier errors) {
    super(name, '"', Set.of(), types, ddl, query, dml, errors);
  }

  /** Reads the schema from H2's {@code INFORMATION_SCHEMA} ({@link H2Catalog}). */
  @Override
  public Catalog catalog() {
    return CATALOG;
  }
}
