package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.CairnException;
import java.util.List;

/** Start-up failed with {@code cairn.schema=validate}: entity tables or columns are missing. */
public class CairnSchemaValidationException extends CairnException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** An exception listing {@code problems}, e.g. {@code "missing table users"}. */
  public CairnSchemaValidationException(List<String> problems) {
    super(
        "Schema validation failed (cairn.schema=validate): "
            + String.join("; ", problems)
            + ". Create them with a migration (Flyway, Liquibase, schema.sql) or set"
            + " cairn.schema=update to let Cairn create missing tables");
    this.problems = List.copyOf(problems);
  }

  /** What is missing, one entry per table or column. */
  public List<String> problems() {
    return problems;
  }
}
