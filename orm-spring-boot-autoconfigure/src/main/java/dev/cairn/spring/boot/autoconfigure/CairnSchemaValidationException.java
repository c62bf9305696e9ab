package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.SchemaProblem;
import java.util.List;

/**
 * Start-up failed with {@code cairn.schema=validate}: entity tables or columns are missing, or a
 * column holds another type of value than its entity property.
 */
public class CairnSchemaValidationException extends CairnException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;
  private final transient List<SchemaProblem> schemaProblems;

  /** An exception listing {@code problems}, e.g. {@code "missing table users"}. */
  public CairnSchemaValidationException(List<String> problems) {
    this(problems, String.join("; ", problems), List.of());
  }

  private CairnSchemaValidationException(
      List<String> problems, String listed, List<SchemaProblem> schemaProblems) {
    super(
        "Schema validation failed (cairn.schema=validate): "
            + listed
            + ". Create them with a migration (Flyway, Liquibase, schema.sql) or set"
            + " cairn.schema=update to let Cairn create missing tables");
    this.problems = List.copyOf(problems);
    this.schemaProblems = List.copyOf(schemaProblems);
  }

  /**
   * An exception listing the problems {@code SessionFactory.validateSchema()} found, each with what
   * to do about it.
   */
  public static CairnSchemaValidationException of(List<SchemaProblem> problems) {
    return new CairnSchemaValidationException(
        problems.stream().map(SchemaProblem::description).toList(),
        String.join("; ", problems.stream().map(SchemaProblem::message).toList()),
        problems);
  }

  /** What is wrong, one entry per table or column, e.g. {@code missing column orders.total}. */
  public List<String> problems() {
    return problems;
  }

  /** The problems with their kinds and what to do, when validation found them; else empty. */
  public List<SchemaProblem> schemaProblems() {
    return schemaProblems;
  }
}
