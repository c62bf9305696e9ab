package dev.cairn.orm.annotation;

/**
 * How a relationship loads when no query option or repository {@code @LoadPlan} says otherwise: the
 * {@code load} attribute of {@link OneToMany}, {@link ManyToMany}, {@link ManyToOne} and {@link
 * OneToOne} (SQLAlchemy's {@code relationship(lazy=...)}, JPA's {@code fetch}). Query options
 * ({@code Load.selectin}, {@code Load.joined}, {@code Load.lazy}, {@code Load.raise}) override it
 * for one query. Every strategy stays batched: a result never costs one statement per row.
 */
public enum LoadStrategy {
  /**
   * The relationship kind's default: {@link #LAZY} for a collection ({@link #SELECTIN} for a final
   * collection field, which Cairn fills in place and so cannot load on access), {@link #SELECTIN}
   * for a reference.
   */
  DEFAULT,
  /**
   * Collections only: nothing is read with the result; the first access to any instance's
   * collection loads the collections of every instance of the result at once.
   */
  LAZY,
  /**
   * Right after the result is read, one {@code IN (...)} query per relationship for the whole
   * result (references always load this way unless {@link #JOINED}).
   */
  SELECTIN,
  /**
   * In the query itself (or {@code Session.get}'s SELECT), by a LEFT OUTER JOIN, for the
   * relationships of the queried entity; where a join cannot be used (a limited query, a collection
   * when another is already joined, a level below the queried entity) it loads as {@link
   * #SELECTIN}.
   */
  JOINED,
  /** Collections only: not loaded; accessing the collection raises a {@code CairnException}. */
  RAISE
}
