package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Entities of this class and of the collection's element type are linked through an association
 * table ({@link JoinTable}); the inverse side names the owning field in {@link #mappedBy()}.
 *
 * <p>The owning side gets a join table {@code <owner table>_<target table>} with the columns {@code
 * <owner>_<id>} and {@code <target>_<id>} (see {@link JoinTable}), a composite primary key and
 * foreign keys with ON DELETE CASCADE; its rows follow the owning collection (changes of the
 * inverse collection are carried over to the owning one at flush).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToMany {

  /** The field of the target entity that owns the relationship; empty on the owning side. */
  String mappedBy() default "";

  /** The operations that cascade along the relationship. */
  Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};

  /**
   * How the collection loads unless a query says otherwise: {@code LAZY} (the default), {@code
   * SELECTIN}, {@code JOINED} or {@code RAISE}.
   */
  LoadStrategy load() default LoadStrategy.DEFAULT;
}
