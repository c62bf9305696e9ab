package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.spring.data.config.CairnRepositoryConfigurationExtension;
import dev.cairn.spring.data.config.EnableCairnRepositories;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers Cairn repositories found in the auto-configuration packages, created as {@code
 * cairn.repositories.bootstrap-mode} says.
 */
final class CairnRepositoriesRegistrar extends AbstractRepositoryConfigurationSourceSupport {

  private @Nullable Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    super.setEnvironment(environment);
    this.environment = environment;
  }

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

  @Override
  protected BootstrapMode getBootstrapMode() {
    return environment == null
        ? BootstrapMode.DEFAULT
        : Binder.get(environment)
            .bind("cairn.repositories.bootstrap-mode", BootstrapMode.class)
            .orElse(BootstrapMode.DEFAULT);
  }

  /** Carries the annotation's defaults; the packages come from Boot. */
  @EnableCairnRepositories
  private static final class EnableCairnRepositoriesConfiguration {}
}
