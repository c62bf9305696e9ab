package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.orm.SessionFactory;
import dev.cairn.spring.data.CairnRepository;
import dev.cairn.spring.data.config.CairnRepositoryConfigurationExtension;
import dev.cairn.spring.data.config.EnableCairnRepositories;
import dev.cairn.spring.data.support.CairnRepositoryFactoryBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.Repository;

/**
 * Enables Cairn repositories for the interfaces in the auto-configuration packages (those of the
 * {@code @SpringBootApplication} class), as {@link EnableCairnRepositories} with its defaults does.
 * Backs off when the application declares {@code @EnableCairnRepositories} itself or its own {@link
 * CairnRepositoryFactoryBean}, and when {@code cairn.repositories.enabled=false}.
 */
@AutoConfiguration(
    after = {CairnAutoConfiguration.class, CairnExceptionTranslationAutoConfiguration.class})
@ConditionalOnClass({Repository.class, CairnRepository.class})
@ConditionalOnBean(SessionFactory.class)
@ConditionalOnMissingBean({
  CairnRepositoryFactoryBean.class,
  CairnRepositoryConfigurationExtension.class
})
@ConditionalOnBooleanProperty(name = "cairn.repositories.enabled", matchIfMissing = true)
@Import(CairnRepositoriesRegistrar.class)
public final class CairnRepositoriesAutoConfiguration {}
