package dev.cairn.spring.data.config;

import java.lang.annotation.Annotation;
import org.springframework.data.repository.config.RepositoryBeanDefinitionRegistrarSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/** Registers the repositories that {@link EnableCairnRepositories} asks for. */
final class CairnRepositoriesRegistrar extends RepositoryBeanDefinitionRegistrarSupport {

  @Override
  protected Class<? extends Annotation> getAnnotation() {
    return EnableCairnRepositories.class;
  }

  @Override
  protected RepositoryConfigurationExtension getExtension() {
    return new CairnRepositoryConfigurationExtension();
  }
}
