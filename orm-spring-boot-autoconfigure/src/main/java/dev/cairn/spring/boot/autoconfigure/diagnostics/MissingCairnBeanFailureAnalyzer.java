package dev.cairn.spring.boot.autoconfigure.diagnostics;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * A component needed Cairn's {@link Session}, {@link SessionFactory} or {@link Engine} but there
 * was none: Cairn's auto-configuration creates them only on exactly one {@link DataSource}.
 */
public final class MissingCairnBeanFailureAnalyzer
    extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException> implements Ordered {

  private static final List<Class<?>> CAIRN_TYPES =
      List.of(Session.class, SessionFactory.class, Engine.class);

  private final @Nullable BeanFactory beanFactory;

  /** An analyzer that looks into {@code beanFactory} for the application's data sources. */
  public MissingCairnBeanFailureAnalyzer(@Nullable BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  protected @Nullable FailureAnalysis analyze(
      Throwable rootFailure, NoSuchBeanDefinitionException cause) {
    Class<?> type = cause.getBeanType();
    if (type == null || !CAIRN_TYPES.contains(type)) {
      return null;
    }
    int dataSources = dataSources();
    String why =
        switch (dataSources) {
          case 0 -> "the application has no DataSource";
          case -1 -> "the application has no single DataSource";
          default ->
              "the application has "
                  + dataSources
                  + " DataSource beans and none of them is @Primary";
        };
    return new FailureAnalysis(
        "A component required Cairn's "
            + type.getSimpleName()
            + ", but there is none: Cairn's auto-configuration creates its Engine, SessionFactory"
            + " and Session only on a single DataSource, and "
            + why
            + ".",
        dataSources > 1
            ? "Mark one DataSource @Primary, or define the Cairn "
                + type.getSimpleName()
                + " bean yourself on the DataSource it should use."
            : "Configure a database with spring.datasource.url (and username/password), or put an"
                + " embedded database such as H2 on the class path, or define a DataSource bean.",
        cause);
  }

  /** How many DataSource beans exist; -1 when that cannot be told. */
  private int dataSources() {
    if (beanFactory instanceof ListableBeanFactory listable) {
      return listable.getBeanNamesForType(DataSource.class, true, false).length;
    }
    return -1;
  }

  /** Before Boot's generic analyzer of missing beans, which would not mention the DataSource. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }
}
