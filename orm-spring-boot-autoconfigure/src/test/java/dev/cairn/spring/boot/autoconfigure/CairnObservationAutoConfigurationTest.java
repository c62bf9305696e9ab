package dev.cairn.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.spring.micrometer.MeteredNote;
import dev.cairn.spring.micrometer.StatementObservationListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class CairnObservationAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  CairnAutoConfiguration.class,
                  CairnObservationAutoConfiguration.class))
          .withPropertyValues(
              "spring.datasource.generate-unique-name=true",
              "cairn.entity-packages=dev.cairn.spring.micrometer");

  /** A meter registry and an observation registry that records into it. */
  @Configuration(proxyBeanMethods = false)
  static class Registries {
    @Bean
    SimpleMeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }

    @Bean
    ObservationRegistry observationRegistry(MeterRegistry meters) {
      ObservationRegistry registry = ObservationRegistry.create();
      registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
      return registry;
    }
  }

  private final ApplicationContextRunner observed = runner.withUserConfiguration(Registries.class);

  private static Timer statements(MeterRegistry meters, String kind, String outcome) {
    return meters
        .get(StatementObservationListener.NAME)
        .tags("kind", kind, "outcome", outcome)
        .timer();
  }

  /** How many statements of {@code kind} ended with {@code outcome} so far (0 before the first). */
  private static long count(MeterRegistry meters, String kind, String outcome) {
    Timer timer =
        meters
            .find(StatementObservationListener.NAME)
            .tags("kind", kind, "outcome", outcome)
            .timer();
    return timer == null ? 0 : timer.count();
  }

  @Test
  void everyStatementIsTimedByKindAndOutcome() {
    observed.run(
        context -> {
          MeterRegistry meters = context.getBean(MeterRegistry.class);
          Engine engine = context.getBean(Engine.class);
          // The schema of the scanned entities was created at start-up: count from here.
          long ddl = count(meters, "ddl", "success");
          long selects = count(meters, "select", "success");
          engine.executeDdl(List.of("CREATE TABLE m (id INT PRIMARY KEY, name VARCHAR(20))"));
          try (Connection connection = engine.connect()) {
            connection.executeUpdate(Sql.text("INSERT INTO m (id, name) VALUES (1, 'a')"));
            connection.executeUpdate(Sql.text("INSERT INTO m (id, name) VALUES (2, 'b')"));
            connection.execute(Sql.text("SELECT id FROM m")).all();
            connection.executeUpdate(Sql.text("UPDATE m SET name = 'c' WHERE id = 1"));
            connection.executeUpdate(Sql.text("DELETE FROM m WHERE id = 2"));
            assertThatThrownBy(
                    () ->
                        connection.executeUpdate(
                            Sql.text("INSERT INTO m (id, name) VALUES (1, 'x')")))
                .isInstanceOf(CairnException.class);
          }
          assertThat(count(meters, "ddl", "success")).isEqualTo(ddl + 1);
          assertThat(statements(meters, "insert", "success").count()).isEqualTo(2);
          assertThat(statements(meters, "insert", "error").count()).isEqualTo(1);
          assertThat(count(meters, "select", "success")).isEqualTo(selects + 1);
          assertThat(statements(meters, "update", "success").count()).isEqualTo(1);
          assertThat(statements(meters, "delete", "success").count()).isEqualTo(1);
          assertThat(statements(meters, "insert", "error").getId().getTag("error"))
              .isEqualTo("UniqueViolationException");
          assertThat(meters.get("cairn.statements").timers()).hasSize(6);
        });
  }

  @Test
  void flushesAreTimedAndTheirEntitiesCounted() {
    observed.run(
        context -> {
          MeterRegistry meters = context.getBean(MeterRegistry.class);
          SessionFactory sessions = context.getBean(SessionFactory.class);
          try (Session session = sessions.openSession()) {
            MeteredNote a = new MeteredNote("a");
            MeteredNote b = new MeteredNote("b");
            MeteredNote c = new MeteredNote("c");
            session.addAll(List.of(a, b, c));
            session.commit();
            a.text = "a2";
            session.delete(b);
            session.commit();
            context.getBean(Engine.class).executeDdl(List.of("DROP TABLE metered_notes"));
            session.add(new MeteredNote("lost"));
            assertThatThrownBy(session::flush).isInstanceOf(CairnException.class);
            session.rollback();
          }
          assertThat(meters.get("cairn.flushes").tags("outcome", "success").timer().count())
              .isEqualTo(2);
          assertThat(meters.get("cairn.flushes").tags("outcome", "error").timer().count())
              .isEqualTo(1);
          assertThat(meters.get("cairn.entities.inserted").counter().count()).isEqualTo(3.0);
          assertThat(meters.get("cairn.entities.updated").counter().count()).isEqualTo(1.0);
          assertThat(meters.get("cairn.entities.deleted").counter().count()).isEqualTo(1.0);
        });
  }

  @Test
  void withoutAnObservationRegistryNothingIsInstrumented() {
    runner.run(
        context -> {
          assertThat(context).doesNotHaveBean("cairnStatementObservationCustomizer");
          assertThat(context).doesNotHaveBean("cairnFlushObservationCustomizer");
          assertThat(context).doesNotHaveBean("cairnEntityCounterCustomizer");
        });
  }

  @Test
  void observationsWithoutAMeterRegistryHaveNoCounters() {
    runner
        .withBean(ObservationRegistry.class, ObservationRegistry::create)
        .run(
            context -> {
              assertThat(context).hasBean("cairnStatementObservationCustomizer");
              assertThat(context).hasBean("cairnFlushObservationCustomizer");
              assertThat(context).doesNotHaveBean("cairnEntityCounterCustomizer");
            });
  }

  @Test
  void metricsCanBeTurnedOff() {
    observed
        .withPropertyValues("cairn.metrics.enabled=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean("cairnStatementObservationCustomizer");
              assertThat(context).doesNotHaveBean("cairnEntityCounterCustomizer");
            });
  }
}
