package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.SessionFactory;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the {@link Engine} and {@link SessionFactory} beans wait for database initialization
 * (Flyway, Liquibase, {@code spring.sql.init}), so that {@code cairn.schema} sees the migrated
 * schema.
 */
public final class CairnDependsOnDatabaseInitializationDetector
    extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(Engine.class, SessionFactory.class);
  }
}
