package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.spring.data.config.CairnRepositoryConfigurationExtension;
import dev.cairn.spring.data.config.EnableCairnRepositories;
import java.lang.annotation.Annotation;
import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/** Registers Cairn repositories found in the auto-configuration packages. */
final class CairnRepositoriesRegistrar extends AbstractRepositoryConfigurationSourceSupport {

  @Override
  protected Class<? extends Annotation> getAnnotation() {
    return EnableCairnRepositories.class;
  }

  @Override
  protected Class<?> getConfiguration() {
    return EnableCairnRepositoriesConfiguration.class;
  }

  @Override
  protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
    return new CairnRepositoryConfigurationExtension();
  }

  /** Carries the annotation's defaults; the packages come from Boot. */
  @EnableCairnRepositories
  private static final class EnableCairnRepositoriesConfiguration {}
}
