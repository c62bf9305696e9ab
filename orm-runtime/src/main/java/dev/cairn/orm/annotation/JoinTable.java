package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the association table of the owning side of a {@link ManyToMany}; without it the
 * relationship mapping derives the name from both tables.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface JoinTable {

  /** The association table's name. */
  String name();

  /** The column referring to this side's entity; derived when empty. */
  String joinColumn() default "";

  /** The column referring to the other side's entity; derived when empty. */
  String inverseJoinColumn() default "";
}
