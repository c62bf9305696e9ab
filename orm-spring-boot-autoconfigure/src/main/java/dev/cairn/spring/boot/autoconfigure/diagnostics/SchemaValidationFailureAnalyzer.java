package dev.cairn.spring.boot.autoconfigure.diagnostics;

import dev.cairn.core.schema.SchemaProblem;
import dev.cairn.spring.boot.autoconfigure.CairnSchemaValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * {@code cairn.schema=validate} found tables or columns missing or of another type: lists them,
 * each with what to do, and the ways out.
 */
public final class SchemaValidationFailureAnalyzer
    extends AbstractFailureAnalyzer<CairnSchemaValidationException> {

  /** Creates the analyzer. */
  public SchemaValidationFailureAnalyzer() {}

  @Override
  protected @Nullable FailureAnalysis analyze(
      Throwable rootFailure, CairnSchemaValidationException cause) {
    StringBuilder description =
        new StringBuilder("The database schema does not match Cairn's entities")
            .append(" (cairn.schema=validate):");
    if (cause.schemaProblems().isEmpty()) {
      for (String problem : cause.problems()) {
        description.append(System.lineSeparator()).append("  - ").append(problem);
      }
    } else {
      for (SchemaProblem problem : cause.schemaProblems()) {
        description
            .append(System.lineSeparator())
            .append("  - ")
            .append(problem.description())
            .append(": ")
            .append(problem.action());
      }
    }
    return new FailureAnalysis(
        description.toString(),
        "Create the missing tables and columns with a migration (Flyway, Liquibase or"
            + " schema.sql), or set cairn.schema=update to let Cairn create missing tables, or"
            + " check that spring.datasource.url points at the intended database.",
        cause);
  }
}
