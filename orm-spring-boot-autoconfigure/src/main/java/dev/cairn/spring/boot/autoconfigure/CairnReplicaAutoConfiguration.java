package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.ReadReplicas;
import dev.cairn.spring.ReplicaDataSource;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Read replicas from {@code cairn.replicas.urls}, routed by Spring's own {@link
 * LazyConnectionDataSourceProxy}: the auto-configured {@code dataSource} bean becomes a proxy whose
 * read-only data source is a {@link ReplicaDataSource}, so a transaction marked read-only
 * ({@code @Transactional(readOnly = true)}, a repository query method called outside a transaction)
 * takes its connection from a replica, and every other transaction from the primary. Cairn's
 * session and {@code JdbcTemplate} follow, since both use that bean.
 */
@AutoConfiguration(
    before = CairnAutoConfiguration.class,
    afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass({Engine.class, LazyConnectionDataSourceProxy.class})
@Conditional(OnReplicaUrlsCondition.class)
@EnableConfigurationProperties(CairnReplicaProperties.class)
public final class CairnReplicaAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  ReadReplicas cairnReadReplicas(CairnReplicaProperties properties, Environment environment) {
    return ReplicaSettings.build(properties, environment);
  }

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static BeanPostProcessor cairnReplicaRoutingPostProcessor(ObjectProvider<ReadReplicas> replicas) {
    return new RoutingPostProcessor(replicas);
  }

  /**
   * Wraps the {@code dataSource} bean, after Boot's own lazy-connection post-processor (whose proxy
   * it then reuses).
   */
  static final class RoutingPostProcessor implements BeanPostProcessor, Ordered {

    private final ObjectProvider<ReadReplicas> replicas;

    RoutingPostProcessor(ObjectProvider<ReadReplicas> replicas) {
      this.replicas = replicas;
    }

    @Override
    public @Nullable Object postProcessAfterInitialization(Object bean, String beanName) {
      if ("dataSource".equals(beanName) && bean instanceof DataSource dataSource) {
        return ReplicaDataSource.routing(dataSource, replicas.getObject());
      }
      return bean;
    }

    @Override
    public int getOrder() {
      return 10;
    }
  }
}
