package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.EngineBuilder;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Cairn: an {@link Engine} on the application's {@link DataSource} (the
 * HikariCP pool Boot builds from {@code spring.datasource.*}).
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(Engine.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(CairnProperties.class)
public final class CairnAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Engine cairnEngine(
      DataSource dataSource,
      CairnProperties properties,
      ObjectProvider<EngineCustomizer> customizers) {
    EngineBuilder builder =
        Engine.builder(dataSource)
            .echo(properties.isShowSql())
            .batchSize(properties.getBatchSize())
            .fetchSize(properties.getFetchSize());
    String dialect = properties.getDialect();
    if (dialect != null && !dialect.isBlank()) {
      builder.dialect(Dialects.named(dialect));
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }
}
