package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the foreign key column of a {@link ManyToOne} or owning {@link OneToOne} field (without it
 * the relationship mapping derives the name from the field), or, on a {@link OneToMany} without
 * {@code mappedBy}, the foreign key column in the element's table that refers to this entity (a
 * unidirectional one-to-many; derived as {@code <entity>_<id column>}, e.g. {@code owner_id}, when
 * the name is empty).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface JoinColumn {

  /** The foreign key column's name; derived ({@code <field>_<target id column>}) when empty. */
  String name() default "";

  /**
   * Whether the column accepts NULL; a non-optional relationship ({@code optional = false}) is NOT
   * NULL whatever this says.
   */
  boolean nullable() default true;
}
