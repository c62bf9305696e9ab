package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Many entities of this class refer to one entity of the field's type, through a foreign key column
 * of this table (named by {@link JoinColumn}).
 *
 * <p>The mapping model records the relationship with this annotation's data and checks that the
 * target class is a registered entity; join columns and tables are resolved by the relationship
 * mapping, not yet by the model.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToOne {

  /** The operations that cascade along the relationship. */
  Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};

  /** Whether the reference may be null (a nullable foreign key column). */
  boolean optional() default true;
}
