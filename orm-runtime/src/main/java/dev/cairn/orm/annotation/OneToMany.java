package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One entity of this class has a collection ({@code List} or {@code Set}) of entities of the
 * element type, whose table holds a foreign key to this one. Either {@link #mappedBy()} names the
 * element's {@link ManyToOne} field that refers back (a bidirectional relationship), or a {@link
 * JoinColumn} on this field names the foreign key column of the element's table, which then has no
 * field for it (a unidirectional relationship, as JPA maps {@code @OneToMany @JoinColumn}).
 *
 * <p>Adding an element sets its foreign key to this object at flush — a new element is inserted
 * with it — and removing one deletes it ({@code DELETE_ORPHAN}) or sets its foreign key to NULL.
 * The collection field may be final ({@code final List<Pet> pets = new ArrayList<>()}): Cairn then
 * fills it in place, with the result (see {@link LoadStrategy#DEFAULT}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToMany {

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
