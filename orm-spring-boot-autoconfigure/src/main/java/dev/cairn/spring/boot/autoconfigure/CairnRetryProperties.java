package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.ErrorKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retry of transactions aborted with a transient error, under the {@code cairn.retry} prefix: used
 * by {@code @CairnRetryable} methods and the {@code cairnRetryTemplate} bean.
 */
@ConfigurationProperties("cairn.retry")
public class CairnRetryProperties {

  /** Maximum number of retries after the first attempt. */
  private long maxRetries = 4;

  /** Back-off before the first retry. */
  private Duration delay = Duration.ofMillis(20);

  /** Factor by which each back-off grows over the previous one. */
  private double multiplier = 2.0;

  /** Longest back-off. */
  private Duration maxDelay = Duration.ofSeconds(1);

  /** Random jitter added to or subtracted from each back-off (never below delay). */
  private Duration jitter = Duration.ofMillis(10);

  /**
   * Kinds of failure to retry: deadlock (also serialization failures and Galera certification
   * conflicts), connection-failure (before the commit), lock-timeout, timeout.
   */
  private List<ErrorKind> retryOn =
      new ArrayList<>(List.of(ErrorKind.DEADLOCK, ErrorKind.CONNECTION_FAILURE));

  /**
   * Whether to retry a transaction whose connection failed during the commit, which may have
   * committed; only for idempotent work.
   */
  private boolean retryUnknownCommitOutcome;

  public long getMaxRetries() {
    return maxRetries;
  }

  public void setMaxRetries(long maxRetries) {
    this.maxRetries = maxRetries;
  }

  public Duration getDelay() {
    return delay;
  }

  public void setDelay(Duration delay) {
    this.delay = delay;
  }

  public double getMultiplier() {
    return multiplier;
  }

  public void setMultiplier(double multiplier) {
    this.multiplier = multiplier;
  }

  public Duration getMaxDelay() {
    return maxDelay;
  }

  public void setMaxDelay(Duration maxDelay) {
    this.maxDelay = maxDelay;
  }

  public Duration getJitter() {
    return jitter;
  }

  public void setJitter(Duration jitter) {
    this.jitter = jitter;
  }

  public List<ErrorKind> getRetryOn() {
    return retryOn;
  }

  public void setRetryOn(List<ErrorKind> retryOn) {
    this.retryOn = retryOn;
  }

  public boolean isRetryUnknownCommitOutcome() {
    return retryUnknownCommitOutcome;
  }

  public void setRetryUnknownCommitOutcome(boolean retryUnknownCommitOutcome) {
    this.retryUnknownCommitOutcome = retryUnknownCommitOutcome;
  }
}
