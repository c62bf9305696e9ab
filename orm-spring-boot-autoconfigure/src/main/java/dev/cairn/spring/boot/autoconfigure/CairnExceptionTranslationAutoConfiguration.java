package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.CairnException;
import dev.cairn.spring.CairnExceptionTranslator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@link CairnExceptionTranslator}: Boot's {@code
 * PersistenceExceptionTranslationAutoConfiguration} applies every such bean to {@code @Repository}
 * beans, and the shared {@code Session} proxy uses it for what it throws.
 */
@AutoConfiguration(
    beforeName =
        "org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration")
@ConditionalOnClass(CairnException.class)
public final class CairnExceptionTranslationAutoConfiguration {

  /** The translator of Cairn's exceptions into Spring's {@code DataAccessException}s. */
  @Bean
  @ConditionalOnMissingBean
  public static CairnExceptionTranslator cairnExceptionTranslator() {
    return new CairnExceptionTranslator();
  }
}
