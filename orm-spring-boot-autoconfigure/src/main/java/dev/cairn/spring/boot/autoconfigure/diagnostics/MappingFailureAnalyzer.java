package dev.cairn.spring.boot.autoconfigure.diagnostics;

import dev.cairn.orm.mapping.MappingException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** An entity class cannot be mapped as declared: names the class and field and the fix. */
public final class MappingFailureAnalyzer extends AbstractFailureAnalyzer<MappingException> {

  /** Creates the analyzer. */
  public MappingFailureAnalyzer() {}

  @Override
  protected @Nullable FailureAnalysis analyze(Throwable rootFailure, MappingException cause) {
    Class<?> type = cause.mappedClass();
    String field = cause.fieldName();
    String where =
        type == null
            ? "the entity mapping"
            : field == null ? "entity " + type.getName() : type.getName() + "." + field;
    return new FailureAnalysis(
        "Cairn cannot map " + where + ": " + cause.getMessage(),
        "Fix the declaration of "
            + where
            + " as the message says"
            + (type == null
                ? ""
                : ", or leave " + type.getSimpleName() + " out of the scanned entity packages")
            + " (cairn.entity-packages, @CairnEntityScan, or the @SpringBootApplication package).",
        cause);
  }
}
