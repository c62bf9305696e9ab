package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One entity of this class refers to one entity of the field's type: the owning side has the
 * foreign key column ({@link JoinColumn}); the other side names the owning field in {@link
 * #mappedBy()}.
 *
 * <p>The mapping model records the relationship with this annotation's data and checks that the
 * target class is a registered entity; join columns and tables are resolved by the relationship
 * mapping, not yet by the model.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToOne {

  /** The field of the target entity that owns the relationship; empty on the owning side. */
  String mappedBy() default "";

  /** The operations that cascade along the relationship. */
  Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};

  /** Whether the reference may be null (a nullable foreign key column). */
  boolean optional() default true;
}
