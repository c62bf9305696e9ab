package dev.cairn.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cairn.core.ConnectionPoolTimeoutException;
import dev.cairn.orm.Session;
import dev.cairn.spring.boot.autoconfigure.entities.Customer;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Under Spring, an exhausted HikariCP pool reaches the shared {@code Session}'s caller as Spring's
 * {@link CannotGetJdbcConnectionException}, with Cairn's message naming the pool, its size and its
 * timeout; the session works again once a connection is free.
 */
class SpringPoolTimeoutTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DataSourceTransactionManagerAutoConfiguration.class,
                  TransactionAutoConfiguration.class,
                  CairnExceptionTranslationAutoConfiguration.class,
                  CairnAutoConfiguration.class))
          .withPropertyValues(
              "spring.datasource.generate-unique-name=true",
              "spring.datasource.hikari.pool-name=tiny-pool",
              "spring.datasource.hikari.maximum-pool-size=1",
              "spring.datasource.hikari.connection-timeout=250",
              "cairn.schema=create",
              "cairn.entity-packages=" + Customer.class.getPackageName());

  @Test
  @Timeout(30)
  void anExhaustedPoolIsCannotGetJdbcConnectionNamingThePool() {
    runner.run(
        context -> {
          Session session = context.getBean(Session.class);
          DataSource dataSource = context.getBean(DataSource.class);
          try (Connection held = dataSource.getConnection()) {
            CannotGetJdbcConnectionException e =
                catchThrowableOfType(
                    CannotGetJdbcConnectionException.class,
                    () -> session.query(Customer.class).count());
            assertThat(e).hasCauseInstanceOf(ConnectionPoolTimeoutException.class);
            assertThat(e.getMessage())
                .startsWith("No connection became free in time: pool 'tiny-pool' has all of its 1")
                .contains("within 250 ms (connectionTimeout)");
          }
          assertThat(session.query(Customer.class).count()).isZero();
        });
  }
}
