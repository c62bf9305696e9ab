package dev.cairn.spring.boot.autoconfigure.replica;

import static dev.cairn.spring.boot.autoconfigure.replica.ReplicaContexts.statements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.engine.ReadReplicas;
import dev.cairn.orm.Session;
import dev.cairn.spring.boot.autoconfigure.ReplicaConfigurationException;
import dev.cairn.spring.boot.autoconfigure.diagnostics.ReplicaConfigurationFailureAnalyzer;
import dev.cairn.test.LogCapture;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The wiring of {@code cairn.replicas.*} on H2: two in-memory databases stand for a primary and a
 * replica (with different contents, so a read shows which one answered); the real streaming replica
 * is {@link SpringReplicaRoutingTest}'s.
 */
class CairnReplicaAutoConfigurationTest {

  private final String replicaUrl =
      "jdbc:h2:mem:replica_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private LogCapture log;
  private Connection keepReplicaOpen;

  @BeforeEach
  void replicaWithItsOwnNote() throws SQLException {
    keepReplicaOpen = DriverManager.getConnection(replicaUrl);
    keepReplicaOpen
        .createStatement()
        .execute(
            "CREATE TABLE notes (id BIGINT AUTO_INCREMENT PRIMARY KEY, body VARCHAR(255));"
                + " INSERT INTO notes (body) VALUES ('on the replica')");
    log = LogCapture.of("dev.cairn.replicas");
  }

  @AfterEach
  void closeReplica() throws SQLException {
    log.close();
    keepReplicaOpen.createStatement().execute("SHUTDOWN");
    keepReplicaOpen.close();
  }

  private static ApplicationContextRunner h2() {
    return ReplicaContexts.runner()
        .withPropertyValues("spring.datasource.generate-unique-name=true");
  }

  private static List<String> bodies(ApplicationContext context, boolean readOnly) {
    TransactionTemplate template =
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    template.setReadOnly(readOnly);
    return template.execute(
        status -> {
          List<String> viaSession =
              context.getBean(Session.class).query(Note.class).all().stream()
                  .map(Note::getBody)
                  .toList();
          List<String> viaJdbc =
              context
                  .getBean(JdbcTemplate.class)
                  .queryForList("SELECT body FROM notes", String.class);
          assertThat(viaJdbc).isEqualTo(viaSession);
          return viaSession;
        });
  }

  private static void addNote(ApplicationContext context) {
    new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
        .executeWithoutResult(
            status -> context.getBean(Session.class).add(new Note("on the primary")));
  }

  @Test
  void withoutReplicaUrlsTheDataSourceIsLeftAlone() {
    h2().run(
            context -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(ReadReplicas.class);
              assertThat(context.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
            });
  }

  @Test
  void readOnlyTransactionsReadTheReplicaAndTheOthersThePrimary() {
    h2().withPropertyValues("cairn.replicas.urls=" + replicaUrl)
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(ReadReplicas.class);
              LazyConnectionDataSourceProxy routing =
                  (LazyConnectionDataSourceProxy) context.getBean(DataSource.class);
              assertThat(routing.getTargetDataSource()).isInstanceOf(HikariDataSource.class);
              addNote(context);
              assertThat(bodies(context, false)).containsExactly("on the primary");
              assertThat(bodies(context, true)).containsExactly("on the replica");
              MeterRegistry meters = context.getBean(MeterRegistry.class);
              assertThat(statements(meters, "replica")).isEqualTo(1);
            });
  }

  @Test
  void bootsLazyConnectionProxyIsGivenTheReplicasNotWrappedAgain() {
    h2().withPropertyValues(
            "cairn.replicas.urls=" + replicaUrl, "spring.datasource.connection-fetch=lazy")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              LazyConnectionDataSourceProxy routing =
                  (LazyConnectionDataSourceProxy) context.getBean(DataSource.class);
              assertThat(routing.getTargetDataSource()).isInstanceOf(HikariDataSource.class);
              assertThat(bodies(context, true)).containsExactly("on the replica");
            });
  }

  @Test
  void anUnreachableReplicaFallsBackToThePrimaryWithALogLine() {
    h2().withPropertyValues(
            "cairn.replicas.urls=jdbc:h2:tcp://127.0.0.1:1/nowhere",
            "cairn.replicas.pool.connection-timeout=250ms")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              addNote(context);
              assertThat(bodies(context, true)).containsExactly("on the primary");
              assertThat(bodies(context, true)).containsExactly("on the primary");
              assertThat(statements(context.getBean(MeterRegistry.class), "replica")).isZero();
            });
    assertThat(log.lines())
        .hasSize(2)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("Read replica jdbc:h2:tcp://127.0.0.1:1/nowhere is unreachable"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "No read replica answers; read-only transactions run on the primary"));
  }

  @Test
  void withFallbackFailAReadOnlyTransactionFailsNamingTheReplicas() {
    h2().withPropertyValues(
            "cairn.replicas.urls=jdbc:h2:tcp://127.0.0.1:1/nowhere",
            "cairn.replicas.pool.connection-timeout=250ms",
            "cairn.replicas.fallback=fail")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThatThrownBy(() -> bodies(context, true))
                  .isInstanceOf(ConnectionFailureException.class)
                  .hasMessageContaining(
                      "No read replica is reachable (jdbc:h2:tcp://127.0.0.1:1/nowhere")
                  .hasMessageContaining("fallback FAIL");
              assertThat(bodies(context, false)).isEmpty();
            });
  }

  @Test
  void aReplicaOfAnotherDatabaseIsExplainedAtStartUp() {
    h2().withPropertyValues(
            "spring.datasource.url=jdbc:h2:mem:primary_" + UUID.randomUUID(),
            "cairn.replicas.urls=" + replicaUrl + ",jdbc:postgresql://replica.example/app")
        .run(
            context -> {
              assertThat(context).hasFailed();
              FailureAnalysis analysis =
                  new ReplicaConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
              assertThat(analysis.getDescription())
                  .contains(
                      "cairn.replicas.urls[1] is a postgresql URL"
                          + " (jdbc:postgresql://replica.example/app), but the primary"
                          + " spring.datasource.url is h2");
              assertThat(analysis.getAction()).startsWith("Fix cairn.replicas.urls[1]:");
            });
  }

  @Test
  void aUrlThatNoDriverAcceptsIsExplainedAtStartUp() {
    h2().withPropertyValues("cairn.replicas.urls=jdbc:nosuchdb://replica.example/app")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(java.sql.SQLException.class);
              FailureAnalysis analysis =
                  new ReplicaConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
              assertThat(analysis.getDescription())
                  .contains(
                      "cairn.replicas.urls[0]: No JDBC driver accepts the read replica URL"
                          + " jdbc:nosuchdb://replica.example/app");
              assertThat(analysis.getCause()).isInstanceOf(ReplicaConfigurationException.class);
            });
  }
}
