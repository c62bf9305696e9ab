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
 * <p>The foreign key column is {@code <field>_<target id column>} unless {@link JoinColumn} names
 * it; it has the type of the target's key, is NOT NULL when {@code optional = false} or when its
 * {@link JoinColumn#nullable()} is false, and gets a foreign key constraint to the target's table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToOne {

  /** The operations that cascade along the relationship. */
  Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};

  /** Whether the reference may be null (a nullable foreign key column). */
  boolean optional() default true;

  /**
   * How the reference loads unless a query says otherwise: {@code SELECTIN} (the default: one
   * {@code IN (...)} query for the whole result) or {@code JOINED} (a LEFT OUTER JOIN in the
   * query). References always load with their result, so {@code LAZY} and {@code RAISE} are
   * refused.
   */
  LoadStrategy load() default LoadStrategy.DEFAULT;
}
