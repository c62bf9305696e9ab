package dev.cairn.orm.retry;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.retry.RetryEvent;
import dev.cairn.core.retry.RetryPolicy;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.annotation.Version;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/** Entities and helpers of the retry tests. */
final class RetryFixtures {

  private RetryFixtures() {}

  /** A counter that concurrent transactions increment. */
  @Entity
  @Table(name = "counters")
  static class Counter {
    @Id Long id;
    long hits;
    @Version long version;

    Counter() {}

    Counter(long id, long hits) {
      this.id = id;
      this.hits = hits;
    }
  }

  /** An account that transfers move money between. */
  @Entity
  @Table(name = "accounts")
  static class Account {
    @Id Long id;
    long balance;

    Account() {}

    Account(long id, long balance) {
      this.id = id;
      this.balance = balance;
    }
  }

  /** One row per transfer that committed. */
  @Entity
  @Table(name = "transfers")
  static class Transfer {
    @Id @GeneratedValue Long id;
    long fromAccount;
    long toAccount;
    long amount;

    Transfer() {}

    Transfer(long fromAccount, long toAccount, long amount) {
      this.fromAccount = fromAccount;
      this.toAccount = toAccount;
      this.amount = amount;
    }
  }

  /** A row with a key chosen by its writer, so a writer can check whether its insert landed. */
  @Entity
  @Table(name = "items")
  static class Item {
    @Id Long id;
    String writer;
    String node;

    Item() {}

    Item(long id, String writer) {
      this.id = id;
      this.writer = writer;
    }
  }

  /** A quick policy that records its retries in {@code retries}. */
  static RetryPolicy policy(int attempts, List<RetryEvent> retries) {
    return RetryPolicy.builder()
        .maxAttempts(attempts)
        .backoff(Duration.ofMillis(5), 2, Duration.ofMillis(200))
        .listener(retries::add)
        .build();
  }

  /** A small HikariCP pool for {@code jdbcUrl}, optionally at a fixed isolation level. */
  static HikariDataSource pool(String jdbcUrl, String isolation) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(6);
    config.setConnectionTimeout(10_000);
    if (isolation != null) {
      config.setTransactionIsolation(isolation);
    }
    return new HikariDataSource(config);
  }

  /** Waits for the other parties, failing if they do not come within 30 s. */
  static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("The other transactions did not reach the barrier", e);
    }
  }
}
