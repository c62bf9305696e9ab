package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.EngineBuilder;
import dev.cairn.core.engine.ReadReplicas;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.spring.CairnExceptionTranslator;
import dev.cairn.spring.NestedTransactionFlusher;
import dev.cairn.spring.SharedSession;
import dev.cairn.spring.SpringConnectionProvider;
import dev.cairn.spring.boot.autoconfigure.CairnProperties.Schema;
import javax.sql.DataSource;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of Cairn on the application's {@link DataSource} (the HikariCP pool Boot
 * builds from {@code spring.datasource.*}) and Boot's {@code JdbcTransactionManager}: the {@link
 * Engine}, the {@link SessionFactory} of the scanned entities with {@code cairn.schema} applied,
 * and the shared {@link Session} bound to the current Spring transaction.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"
    })
@ConditionalOnClass(Engine.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(CairnProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class CairnAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Engine cairnEngine(
      DataSource dataSource,
      CairnProperties properties,
      ObjectProvider<EngineCustomizer> customizers,
      ObjectProvider<ReadReplicas> replicas) {
    boolean routesReadOnly = replicas.getIfAvailable() != null;
    EngineBuilder builder =
        Engine.builder(new SpringConnectionProvider(dataSource, routesReadOnly))
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

  @Bean
  @ConditionalOnMissingBean
  SessionFactory cairnSessionFactory(
      Engine engine,
      CairnProperties properties,
      ApplicationContext context,
      ObjectProvider<SessionFactoryCustomizer> customizers) {
    SessionFactory.Builder builder =
        SessionFactory.builder(engine)
            .batchSize(properties.getBatchSize())
            .strictLoading(properties.isStrictLoading())
            .flushSavepoints(properties.isFlushSavepoints());
    if (properties.getNamingStrategy() != null) {
      builder.namingStrategy(BeanUtils.instantiateClass(properties.getNamingStrategy()));
    }
    EntityPackages.register(builder, properties, context);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  @Bean
  @ConditionalOnMissingBean
  CairnSchemaInitializer cairnSchemaInitializer(
      SessionFactory sessionFactory,
      CairnProperties properties,
      DataSource dataSource,
      ObjectProvider<SchemaManagementProvider> schemaManagers) {
    Schema mode = properties.getSchema();
    if (mode == null) {
      boolean managed =
          schemaManagers.stream()
              .anyMatch(
                  provider -> provider.getSchemaManagement(dataSource) == SchemaManagement.MANAGED);
      mode =
          !managed && EmbeddedDatabaseConnection.isEmbedded(dataSource)
              ? Schema.CREATE
              : Schema.NONE;
    }
    return new CairnSchemaInitializer(sessionFactory, mode);
  }

  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  Session cairnSession(
      SessionFactory sessionFactory,
      CairnSchemaInitializer schema,
      ObjectProvider<CairnExceptionTranslator> translator) {
    return SharedSession.create(
        sessionFactory, translator.getIfAvailable(CairnExceptionTranslator::new));
  }

  @Bean
  @ConditionalOnMissingBean
  NestedTransactionFlusher cairnNestedTransactionFlusher(SessionFactory sessionFactory) {
    return new NestedTransactionFlusher(sessionFactory);
  }
}
