package dev.cairn.spring.boot.autoconfigure.diagnostics;

import dev.cairn.spring.boot.autoconfigure.ReplicaConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains read replicas under {@code cairn.replicas} that cannot work. */
public final class ReplicaConfigurationFailureAnalyzer
    extends AbstractFailureAnalyzer<ReplicaConfigurationException> {

  /** Creates the analyzer. */
  public ReplicaConfigurationFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ReplicaConfigurationException cause) {
    return new FailureAnalysis(
        "Cairn could not set up the read replicas: " + cause.getMessage(),
        "Fix "
            + cause.property()
            + ": every entry of cairn.replicas.urls must be the JDBC URL of a read replica of the"
            + " database at spring.datasource.url, with its JDBC driver on the class path. Remove"
            + " cairn.replicas.urls to run every transaction on the primary.",
        cause);
  }
}
