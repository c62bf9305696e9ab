package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.ErrorKind;
import dev.cairn.core.dialect.ErrorClassifier;
import dev.cairn.core.dialect.SqlStateErrorClassifier;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.retry.RetryPolicy;
import dev.cairn.spring.retry.TransactionRetryObserver;
import dev.cairn.spring.retry.TransactionRetrySupport;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.resilience.retry.MethodRetryPredicate;

/**
 * Retry of transactions through Spring Framework's own retry support: the {@link
 * TransactionRetrySupport} that {@code @CairnRetryable} (and any {@code @Retryable(predicate =
 * CairnRetryPredicate.class)}) decides with, attached to Boot's transaction manager as a {@code
 * TransactionExecutionListener}, and a {@link RetryTemplate} configured from {@code cairn.retry.*}
 * unless the application has one.
 */
@AutoConfiguration(after = CairnAutoConfiguration.class)
@ConditionalOnClass({Engine.class, RetryTemplate.class, MethodRetryPredicate.class})
@EnableConfigurationProperties(CairnRetryProperties.class)
public final class CairnRetryAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  TransactionRetrySupport cairnTransactionRetrySupport(
      CairnRetryProperties properties,
      ObjectProvider<Engine> engine,
      ObjectProvider<TransactionRetryObserver> observers) {
    RetryPolicy classification =
        RetryPolicy.builder()
            .retryOn(properties.getRetryOn().toArray(ErrorKind[]::new))
            .retryUnknownCommitOutcome(properties.isRetryUnknownCommitOutcome())
            .build();
    Supplier<ErrorClassifier> classifier =
        () -> {
          Engine current = engine.getIfUnique();
          return current == null ? new SqlStateErrorClassifier() : current.dialect().errors();
        };
    return new TransactionRetrySupport(
        classification, classifier, observers.orderedStream().toList());
  }

  @Bean
  @ConditionalOnMissingBean(RetryTemplate.class)
  RetryTemplate cairnRetryTemplate(
      CairnRetryProperties properties, TransactionRetrySupport support) {
    RetryTemplate template =
        new RetryTemplate(
            org.springframework.core.retry.RetryPolicy.builder()
                .maxRetries(properties.getMaxRetries())
                .delay(properties.getDelay())
                .multiplier(properties.getMultiplier())
                .maxDelay(properties.getMaxDelay())
                .jitter(properties.getJitter())
                .predicate(failure -> support.shouldRetry(failure, "cairnRetryTemplate"))
                .build());
    template.setRetryListener(support);
    return template;
  }
}
