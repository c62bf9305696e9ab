package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.CairnException;
import org.jspecify.annotations.Nullable;

/**
 * The read replicas configured under {@code cairn.replicas} cannot work: a URL that no driver
 * accepts, or one of another database than the primary. Raised at start-up and explained by {@code
 * ReplicaConfigurationFailureAnalyzer}.
 */
public class ReplicaConfigurationException extends CairnException {

  private static final long serialVersionUID = 1L;

  private final String property;

  /**
   * Creates the exception for the setting {@code property} (e.g. {@code cairn.replicas.urls[0]}).
   */
  public ReplicaConfigurationException(String property, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.property = property;
  }

  /** The setting at fault. */
  public String property() {
    return property;
  }
}
