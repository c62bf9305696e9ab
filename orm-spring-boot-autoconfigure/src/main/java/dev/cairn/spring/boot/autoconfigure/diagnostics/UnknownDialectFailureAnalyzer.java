package dev.cairn.spring.boot.autoconfigure.diagnostics;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/** {@code cairn.dialect} names no dialect Cairn knows. */
public final class UnknownDialectFailureAnalyzer extends AbstractFailureAnalyzer<CairnException> {

  private final @Nullable Environment environment;

  /** An analyzer that reads {@code cairn.dialect} from {@code environment}. */
  public UnknownDialectFailureAnalyzer(@Nullable Environment environment) {
    this.environment = environment;
  }

  @Override
  protected @Nullable FailureAnalysis analyze(Throwable rootFailure, CairnException cause) {
    String configured = environment == null ? null : environment.getProperty("cairn.dialect");
    if (configured == null || configured.isBlank()) {
      return null;
    }
    String problem;
    try {
      Dialects.named(configured);
      return null;
    } catch (CairnException unknown) {
      problem = unknown.getMessage();
    }
    return new FailureAnalysis(
        "The property cairn.dialect is set to '" + configured + "': " + problem + ".",
        "Set cairn.dialect to one of the known dialects, or remove it to let Cairn detect the"
            + " dialect from the database.",
        cause);
  }
}
