package dev.cairn.spring.boot.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the packages whose {@code @Entity} classes the auto-configured {@link
 * dev.cairn.orm.SessionFactory} maps, instead of the {@code @SpringBootApplication} package. Put it
 * on a {@code @Configuration} class; {@code cairn.entity-packages} wins over it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CairnEntityScan {

  /** Packages scanned with their sub-packages. */
  String[] basePackages() default {};

  /** Classes whose packages are scanned (type-safe alternative to {@link #basePackages}). */
  Class<?>[] basePackageClasses() default {};
}
