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
 * <p>The owning side gets a foreign key column like a {@link ManyToOne}; the inverse side follows
 * the owning one (replacing the object unlinks or, with {@code DELETE_ORPHAN}, deletes the old
 * one).
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

  /**
   * How the reference loads unless a query says otherwise: {@code SELECTIN} (the default: one
   * {@code IN (...)} query for the whole result) or {@code JOINED} (a LEFT OUTER JOIN in the
   * query). References always load with their result, so {@code LAZY} and {@code RAISE} are
   * refused.
   */
  LoadStrategy load() default LoadStrategy.DEFAULT;
}
