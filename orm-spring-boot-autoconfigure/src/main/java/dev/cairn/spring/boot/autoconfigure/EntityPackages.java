package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.persistence.autoconfigure.EntityScanner;
import org.springframework.context.ApplicationContext;

/**
 * Finds the entity classes of the auto-configured factory: {@code cairn.entity-packages}, else the
 * packages of {@link CairnEntityScan}, else Boot's {@code @EntityScan} or the auto-configuration
 * packages (the {@code @SpringBootApplication} class's).
 */
final class EntityPackages {

  private EntityPackages() {}

  static void register(
      SessionFactory.Builder builder, CairnProperties properties, ApplicationContext context) {
    if (!properties.getEntityPackages().isEmpty()) {
      builder.scan(properties.getEntityPackages().toArray(String[]::new));
      return;
    }
    Set<String> annotated = annotatedPackages(context);
    if (!annotated.isEmpty()) {
      builder.scan(annotated.toArray(String[]::new));
      return;
    }
    try {
      Set<Class<?>> entities = new EntityScanner(context).scan(Entity.class);
      builder.entities(entities.toArray(Class<?>[]::new));
    } catch (ClassNotFoundException e) {
      throw new dev.cairn.core.CairnException(
          "Scanning for @Entity classes failed: " + e.getMessage(), e);
    }
  }

  private static Set<String> annotatedPackages(ApplicationContext context) {
    Set<String> packages = new LinkedHashSet<>();
    for (String name : context.getBeanNamesForAnnotation(CairnEntityScan.class)) {
      CairnEntityScan scan = context.findAnnotationOnBean(name, CairnEntityScan.class);
      if (scan != null) {
        packages.addAll(java.util.List.of(scan.basePackages()));
        for (Class<?> type : scan.basePackageClasses()) {
          packages.add(type.getPackageName());
        }
      }
    }
    return packages;
  }
}
