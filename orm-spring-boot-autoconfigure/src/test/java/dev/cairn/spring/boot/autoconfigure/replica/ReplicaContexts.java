package dev.cairn.spring.boot.autoconfigure.replica;

import dev.cairn.spring.boot.autoconfigure.CairnAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.CairnExceptionTranslationAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.CairnObservationAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.CairnReplicaAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.CairnRepositoriesAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.MeterRegistries;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;

/** The application context of the replica tests: Boot's JDBC stack and Cairn, with metrics. */
final class ReplicaContexts {

  private ReplicaContexts() {}

  /** The auto-configurations, the note application and a meter registry; no properties yet. */
  static ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class,
                TransactionManagerCustomizationAutoConfiguration.class,
                TransactionAutoConfiguration.class,
                JdbcTemplateAutoConfiguration.class,
                PersistenceExceptionTranslationAutoConfiguration.class,
                CairnExceptionTranslationAutoConfiguration.class,
                CairnReplicaAutoConfiguration.class,
                CairnAutoConfiguration.class,
                CairnRepositoriesAutoConfiguration.class,
                CairnObservationAutoConfiguration.class))
        .withUserConfiguration(ReplicaApplication.class, MeterRegistries.class)
        .withPropertyValues("cairn.schema=create");
  }

  /** How many statements ran on {@code target} ({@code primary} or {@code replica}). */
  static long statements(MeterRegistry meters, String target) {
    return meters.find("cairn.statements").tag("target", target).timers().stream()
        .mapToLong(timer -> timer.count())
        .sum();
  }
}
