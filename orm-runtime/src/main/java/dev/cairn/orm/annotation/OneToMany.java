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
 * <p>The owning side is the target's {@code @ManyToOne}; adding an element sets its reference to
 * this object at flush, removing one deletes it ({@code DELETE_ORPHAN}) or sets its foreign key to
 * NULL.
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
