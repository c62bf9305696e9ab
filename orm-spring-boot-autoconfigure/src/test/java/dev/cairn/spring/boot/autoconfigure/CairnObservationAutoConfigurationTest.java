package dev.cairn.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
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
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class CairnObservationAutoConfigurationTest {

  @Entity
  @Table(name = "metric_notes")
  static class MetricNote {
    @Id @GeneratedValue Long id;
    String text;

    MetricNote() {}

    MetricNote(String text) {
      this.text = text;
    }
  }

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  CairnAutoConfiguration.class,
                  CairnObservationAutoConfiguration.class))
          .withPropertyValues("spring.datasource.generate-unique-name=true");

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

  @Test
  void everyStatementIsTimedByKindAndOutcome() {
    observed.run(
        context -> {
          MeterRegistry meters = context.getBean(MeterRegistry.class);
          Engine engine = context.getBean(Engine.class);
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
          assertThat(statements(meters, "ddl", "success").count()).isEqualTo(1);
          assertThat(statements(meters, "insert", "success").count()).isEqualTo(2);
          assertThat(statements(meters, "insert", "error").count()).isEqualTo(1);
          assertThat(statements(meters, "select", "success").count()).isEqualTo(1);
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
          SessionFactory sessions = sessionFactory(context);
          sessions.createAll();
          try (Session session = sessions.openSession()) {
            MetricNote a = new MetricNote("a");
            MetricNote b = new MetricNote("b");
            MetricNote c = new MetricNote("c");
            session.addAll(List.of(a, b, c));
            session.commit();
            a.text = "a2";
            session.delete(b);
            session.commit();
            context.getBean(Engine.class).executeDdl(List.of("DROP TABLE metric_notes"));
            session.add(new MetricNote("lost"));
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

  /** A session factory built the way the auto-configuration builds it: with every customizer. */
  private static SessionFactory sessionFactory(AssertableApplicationContext context) {
    SessionFactory.Builder builder =
        SessionFactory.builder(context.getBean(Engine.class)).entities(MetricNote.class);
    context
        .getBeanProvider(SessionFactoryCustomizer.class)
        .orderedStream()
        .forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }
}
