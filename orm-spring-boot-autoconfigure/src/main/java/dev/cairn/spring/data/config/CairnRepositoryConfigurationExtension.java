package dev.cairn.spring.data.config;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.spring.CairnExceptionTranslator;
import dev.cairn.spring.data.CairnRepository;
import dev.cairn.spring.data.support.CairnRepositoryFactoryBean;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.data.repository.config.RepositoryConfigurationSource;
import org.springframework.util.StringUtils;

/**
 * Cairn's Spring Data module: which interfaces are Cairn repositories (those extending {@link
 * CairnRepository}, or, beside other Spring Data modules, those whose domain type is a Cairn {@link
 * Entity}), the factory bean that creates them, and the beans and references each needs.
 */
public class CairnRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

  /** The bean name of the exception translator registered when the application has none. */
  private static final String EXCEPTION_TRANSLATOR_BEAN_NAME = "cairnExceptionTranslator";

  /** Creates the extension; it has no state. */
  public CairnRepositoryConfigurationExtension() {}

  @Override
  public String getModuleName() {
    return "Cairn";
  }

  @Override
  protected String getModulePrefix() {
    return "cairn";
  }

  @Override
  public String getRepositoryFactoryBeanClassName() {
    return CairnRepositoryFactoryBean.class.getName();
  }

  @Override
  protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
    return List.of(Entity.class);
  }

  @Override
  protected Collection<Class<?>> getIdentifyingTypes() {
    return List.of(CairnRepository.class);
  }

  /**
   * Registers the {@link CairnExceptionTranslator} unless one exists, so that repository calls
   * throw Spring's {@code DataAccessException}s without Boot too.
   */
  @Override
  public void registerBeansForRoot(
      BeanDefinitionRegistry registry, RepositoryConfigurationSource config) {
    super.registerBeansForRoot(registry, config);
    if (registry instanceof ListableBeanFactory beans
        && beans.getBeanNamesForType(CairnExceptionTranslator.class, true, false).length > 0) {
      return;
    }
    registerIfNotAlreadyRegistered(
        () ->
            BeanDefinitionBuilder.rootBeanDefinition(CairnExceptionTranslator.class)
                .getBeanDefinition(),
        registry,
        EXCEPTION_TRANSLATOR_BEAN_NAME,
        config.getSource());
  }

  /** Passes the session, session factory and transaction options to each factory bean. */
  @Override
  public void postProcess(
      BeanDefinitionBuilder builder, AnnotationRepositoryConfigurationSource config) {
    reference(builder, config, "sessionRef", "session");
    reference(builder, config, "sessionFactoryRef", "sessionFactory");
    config
        .getAttribute("transactionManagerRef")
        .filter(StringUtils::hasText)
        .ifPresent(name -> builder.addPropertyValue("transactionManager", name));
    builder.addPropertyValue(
        "enableDefaultTransactions",
        config.getAttributes().getBoolean("enableDefaultTransactions"));
  }

  private static void reference(
      BeanDefinitionBuilder builder,
      AnnotationRepositoryConfigurationSource config,
      String attribute,
      String property) {
    config
        .getAttribute(attribute)
        .filter(StringUtils::hasText)
        .ifPresent(name -> builder.addPropertyReference(property, name));
  }
}
