package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One entity of this class has a collection ({@code List}, {@code Set} or {@code Collection}) of
 * entities of the element type, which refer back to it; {@link #mappedBy()} names their {@link
 * ManyToOne} field.
 *
 * <p>The mapping model records the relationship with this annotation's data and checks that the
 * target class is a registered entity; join columns and tables are resolved by the relationship
 * mapping, not yet by the model.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToMany {

  /** The field of the target entity that owns the relationship; empty on the owning side. */
  String mappedBy() default "";

  /** The operations that cascade along the relationship. */
  Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};
}
