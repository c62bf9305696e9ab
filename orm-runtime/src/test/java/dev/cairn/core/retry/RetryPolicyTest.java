package dev.cairn.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.CommitOutcomeUnknownException;
import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.DatabaseException;
import dev.cairn.core.DeadlockException;
import dev.cairn.core.ErrorKind;
import dev.cairn.core.LockTimeoutException;
import dev.cairn.core.RetriesExhaustedException;
import dev.cairn.core.UniqueViolationException;
import dev.cairn.core.dialect.mysql.MySqlErrors;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final RetryPolicy FAST =
      RetryPolicy.builder().backoff(Duration.ZERO, 1.0, Duration.ZERO).maxAttempts(3).build();

  private static DeadlockException deadlock() {
    return new DeadlockException(
        "Deadlock", "UPDATE t SET n = n + 1", new SQLException("deadlock", "40P01"));
  }

  private static ConnectionFailureException lostConnection() {
    return new ConnectionFailureException(
        "Connection lost", null, new SQLException("I/O error", "08006"));
  }

  @Test
  void backoffGrowsExponentiallyUpToTheMaximumAndJitterOnlyShortensIt() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(20));
    assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(40));
    assertThat(policy.backoff(3, 0.0)).isEqualTo(Duration.ofMillis(80));
    assertThat(policy.backoff(20, 0.0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(30));
    assertThat(policy.backoff(2, 0.999_999))
        .isBetween(Duration.ofMillis(20), Duration.ofMillis(21));
    for (int i = 0; i < 100; i++) {
      assertThat(policy.backoff(3)).isBetween(Duration.ofMillis(40), Duration.ofMillis(80));
    }
    RetryPolicy exact = RetryPolicy.builder().jitter(0).build();
    assertThat(exact.backoff(2, 0.9)).isEqualTo(Duration.ofMillis(40));
  }

  @Test
  void classifiesCairnExceptionsWrappedOrNotAndRawSqlStates() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.retryableKind(deadlock())).isEqualTo(ErrorKind.DEADLOCK);
    assertThat(policy.retryableKind(new RuntimeException("Spring's wrapper", deadlock())))
        .isEqualTo(ErrorKind.DEADLOCK);
    assertThat(policy.retryableKind(lostConnection())).isEqualTo(ErrorKind.CONNECTION_FAILURE);
    assertThat(policy.retryableKind(new RuntimeException(new SQLException("ser", "40001"))))
        .isEqualTo(ErrorKind.DEADLOCK);
    assertThat(policy.retryableKind(new RuntimeException(new SQLException("gone", "08003"))))
        .isEqualTo(ErrorKind.CONNECTION_FAILURE);
    SQLException galera = new SQLException("Deadlock found", "HY000", 1213);
    assertThat(policy.retryableKind(new RuntimeException(galera))).isNull();
    assertThat(policy.retryableKind(new RuntimeException(galera), new MySqlErrors()))
        .isEqualTo(ErrorKind.DEADLOCK);
    assertThat(policy.retryableKind(new UniqueViolationException("dup", null, null))).isNull();
    assertThat(policy.retryableKind(new LockTimeoutException("lock", null, null))).isNull();
    assertThat(policy.retryableKind(new IllegalStateException("bug"))).isNull();
    assertThat(
            policy.toBuilder()
                .retryOn(ErrorKind.LOCK_TIMEOUT)
                .build()
                .retryableKind(new LockTimeoutException("lock", null, null)))
        .isEqualTo(ErrorKind.LOCK_TIMEOUT);
  }

  @Test
  void aTransactionLostByADriverThatReconnectedCountsAsALostConnection() {
    DatabaseException lost =
        new DatabaseException(
            "Driver has reconnect connection after a communications link failure",
            ErrorKind.OTHER,
            "INSERT INTO items VALUES (?)",
            new SQLException("In progress transaction was lost", "25S03"));
    assertThat(RetryPolicy.defaults().retryableKind(lost)).isEqualTo(ErrorKind.CONNECTION_FAILURE);
    assertThatThrownBy(
            () ->
                Commits.run(
                    () -> {
                      throw lost;
                    }))
        .isInstanceOf(CommitOutcomeUnknownException.class)
        .hasMessageContaining("Driver has reconnect connection");
  }

  @Test
  void anAmbiguousResultIsNeitherRetriedNorTakenForADeadlock() {
    DeadlockException ambiguous =
        new DeadlockException(
            "result is ambiguous", "COMMIT", new SQLException("result is ambiguous", "40003"));
    assertThat(RetryPolicy.defaults().retryableKind(ambiguous)).isNull();
    assertThat(RetryPolicy.defaults().retryableKind(new RuntimeException(ambiguous.getCause())))
        .isNull();
    assertThatThrownBy(
            () ->
                Commits.run(
                    () -> {
                      throw ambiguous;
                    }))
        .isInstanceOf(CommitOutcomeUnknownException.class);
  }

  @Test
  void failuresOfTheTypesNamedAreRetriedAsOther() {
    RetryPolicy policy = FAST.toBuilder().retryOnType(IllegalStateException.class).build();
    assertThat(policy.retryableKind(new RuntimeException(new IllegalStateException("stale"))))
        .isEqualTo(ErrorKind.OTHER);
    assertThat(policy.retryableKind(new IllegalArgumentException("bad"))).isNull();
    assertThat(RetryPolicy.defaults().retryableKind(new IllegalStateException("stale"))).isNull();
  }

  @Test
  void retriesTransientFailuresUntilTheWorkSucceedsTellingTheListeners() {
    List<RetryEvent> events = new ArrayList<>();
    RetryPolicy policy = FAST.toBuilder().listener(events::add).build();
    AtomicInteger attempts = new AtomicInteger();
    String result =
        policy.execute(
            "transfer",
            () -> {
              int attempt = attempts.incrementAndGet();
              if (attempt == 1) {
                throw deadlock();
              }
              if (attempt == 2) {
                throw lostConnection();
              }
              return "done on attempt " + attempt;
            });
    assertThat(result).isEqualTo("done on attempt 3");
    assertThat(events)
        .extracting(RetryEvent::what, RetryEvent::failedAttempt, RetryEvent::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("transfer", 1, ErrorKind.DEADLOCK),
            org.assertj.core.groups.Tuple.tuple("transfer", 2, ErrorKind.CONNECTION_FAILURE));
  }

  @Test
  void theFinalFailureNamesTheAttemptsAndKeepsEveryFailure() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                FAST.execute(
                    "transaction",
                    () -> {
                      attempts.incrementAndGet();
                      throw deadlock();
                    }))
        .isInstanceOfSatisfying(
            RetriesExhaustedException.class,
            e -> {
              assertThat(e.attempts()).isEqualTo(3);
              assertThat(e.lastFailure()).isInstanceOf(DeadlockException.class);
              assertThat(e.getSuppressed())
                  .hasSize(2)
                  .allMatch(DeadlockException.class::isInstance);
            })
        .hasMessageContaining("The transaction failed on all 3 attempts")
        .hasMessageContaining("DeadlockException")
        .hasMessageContaining("RetryPolicy.Builder.maxAttempts");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void otherFailuresAreThrownAsTheyAreWithoutRetry() {
    AtomicInteger attempts = new AtomicInteger();
    UniqueViolationException duplicate = new UniqueViolationException("dup", null, null);
    assertThatThrownBy(
            () ->
                FAST.execute(
                    "transaction",
                    () -> {
                      if (attempts.incrementAndGet() == 1) {
                        throw deadlock();
                      }
                      throw duplicate;
                    }))
        .isSameAs(duplicate);
    assertThat(attempts).hasValue(2);
    assertThat(duplicate.getSuppressed()).hasSize(1).allMatch(DeadlockException.class::isInstance);
  }

  @Test
  void anUnknownCommitOutcomeIsNotRetriedUnlessAllowed() {
    AtomicInteger attempts = new AtomicInteger();
    CommitOutcomeUnknownException unknown = new CommitOutcomeUnknownException(lostConnection());
    assertThatThrownBy(
            () ->
                FAST.execute(
                    "transaction",
                    () -> {
                      attempts.incrementAndGet();
                      throw unknown;
                    }))
        .isSameAs(unknown)
        .hasMessageContaining("during COMMIT")
        .hasMessageContaining("it was not retried")
        .hasMessageContaining("retryUnknownCommitOutcome(true)");
    assertThat(attempts).hasValue(1);
    assertThat(unknown.sql()).isEqualTo("COMMIT");
    assertThat(unknown.sqlState()).isEqualTo("08006");

    RetryPolicy idempotent = FAST.toBuilder().retryUnknownCommitOutcome(true).build();
    attempts.set(0);
    assertThat(
            idempotent.execute(
                "transaction",
                () -> {
                  if (attempts.incrementAndGet() == 1) {
                    throw new CommitOutcomeUnknownException(lostConnection());
                  }
                  return "again";
                }))
        .isEqualTo("again");
  }

  @Test
  void commitsTurnConnectionFailuresIntoUnknownOutcomesAndLetOtherFailuresPass() {
    assertThatThrownBy(
            () ->
                Commits.run(
                    () -> {
                      throw lostConnection();
                    }))
        .isInstanceOf(CommitOutcomeUnknownException.class);
    DeadlockException certification = deadlock();
    assertThatThrownBy(
            () ->
                Commits.run(
                    () -> {
                      throw certification;
                    }))
        .isSameAs(certification);
  }

  @Test
  void aSingleAttemptPolicyThrowsTheFailureItself() {
    DeadlockException failure = deadlock();
    assertThatThrownBy(
            () ->
                RetryPolicy.none()
                    .execute(
                        "transaction",
                        () -> {
                          throw failure;
                        }))
        .isSameAs(failure);
  }

  @Test
  void settingsOutOfRangeAreRejectedNamingTheSetting() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("maxAttempts must be between 1 and 100, was 0");
    assertThatThrownBy(
            () -> RetryPolicy.builder().backoff(Duration.ofSeconds(2), 2, Duration.ofSeconds(1)))
        .hasMessageContaining("0 <= initial <= max");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5))
        .hasMessageContaining("jitter must be between 0 and 1, was 1.5");
    assertThatThrownBy(() -> RetryPolicy.builder().retryOn(ErrorKind.UNIQUE_VIOLATION))
        .hasMessageContaining("cannot retry UNIQUE_VIOLATION: it is not transient");
  }
}
