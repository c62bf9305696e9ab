package dev.cairn.spring.boot.autoconfigure.retry;

import dev.cairn.orm.Session;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** The application: counters, and Spring's {@code @Retryable} support switched on. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@EnableResilientMethods
public class RetryApplication {

  @Bean
  CounterService counterService(Session session) {
    return new CounterService(session);
  }
}
