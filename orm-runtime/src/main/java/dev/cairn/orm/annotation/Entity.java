package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as an entity: its instances are rows of one table. Every non-static field of the
 * class (of any visibility) and of its {@link MappedSuperclass} ancestors is mapped unless it is
 * {@code transient} or {@link Transient}; one or more fields carry {@link Id}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Entity {

  /** The entity's name in queries and messages; the class's simple name when empty. */
  String name() default "";
}
