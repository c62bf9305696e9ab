package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.engine.Engine;
import dev.cairn.spring.micrometer.EntityCounterListener;
import dev.cairn.spring.micrometer.FlushObservationListener;
import dev.cairn.spring.micrometer.StatementObservationListener;
import dev.cairn.spring.micrometer.TransactionRetryCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Instruments Cairn with Micrometer when the application has an {@link ObservationRegistry}: an
 * Observation per statement ({@code cairn.statements}) and per flush ({@code cairn.flushes}); with
 * a {@link MeterRegistry} also the counters {@code cairn.entities.inserted/updated/deleted} and
 * {@code cairn.transaction.retries}. {@code cairn.metrics.enabled=false} turns it off.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass({Engine.class, ObservationRegistry.class})
@ConditionalOnBooleanProperty(name = "cairn.metrics.enabled", matchIfMissing = true)
public final class CairnObservationAutoConfiguration {

  /** Adds the statement observation listener to the auto-configured engine. */
  @Bean
  @ConditionalOnBean(ObservationRegistry.class)
  EngineCustomizer cairnStatementObservationCustomizer(ObservationRegistry registry) {
    StatementObservationListener listener = new StatementObservationListener(registry);
    return builder -> builder.listener(listener);
  }

  /** Adds the flush observation listener to the auto-configured session factory. */
  @Bean
  @ConditionalOnBean(ObservationRegistry.class)
  SessionFactoryCustomizer cairnFlushObservationCustomizer(ObservationRegistry registry) {
    FlushObservationListener listener = new FlushObservationListener(registry);
    return builder -> builder.listener(listener);
  }

  /** The entity counters, when Micrometer's core and a meter registry are present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnBean(MeterRegistry.class)
  static final class EntityCounters {

    /** Adds the entity counters to the auto-configured session factory. */
    @Bean
    SessionFactoryCustomizer cairnEntityCounterCustomizer(MeterRegistry registry) {
      EntityCounterListener listener = new EntityCounterListener(registry);
      return builder -> builder.listener(listener);
    }

    /** Counts the retries of transactions ({@code cairn.transaction.retries}). */
    @Bean
    TransactionRetryCounter cairnTransactionRetryCounter(MeterRegistry registry) {
      return new TransactionRetryCounter(registry);
    }
  }
}
