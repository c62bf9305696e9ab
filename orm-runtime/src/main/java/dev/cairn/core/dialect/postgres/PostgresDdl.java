package dev.cairn.core.dialect.postgres;

import dev.cairn.core.schema.Sequence;
import dev.cairn.core.schema.StandardDdlDialect;
import dev.cairn.core.sql.RenderContext;

/** PostgreSQL's DDL syntax: standard identity columns; sequences read with {@code nextval('s')}. */
public class PostgresDdl extends StandardDdlDialect {

  /** Creates the PostgreSQL DDL syntax. */
  public PostgresDdl() {}

  @Override
  public void renderNextValue(RenderContext context, Sequence sequence) {
    String quoted = context.dialect().quoteIdentifier(sequence.name());
    context.sql("nextval('").sql(quoted.replace("'", "''")).sql("')");
  }
}
