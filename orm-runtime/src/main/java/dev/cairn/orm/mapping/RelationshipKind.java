package dev.cairn.orm.mapping;

/** The four kinds of relationship, one per relationship annotation. */
public enum RelationshipKind {
  /** {@code @ManyToOne}: a reference to one entity through a foreign key of this table. */
  MANY_TO_ONE,
  /** {@code @OneToOne}: a reference to one entity, owned by one side. */
  ONE_TO_ONE,
  /** {@code @OneToMany}: a collection of entities that refer back to this one. */
  ONE_TO_MANY,
  /** {@code @ManyToMany}: a collection of entities linked through an association table. */
  MANY_TO_MANY;

  /** Whether the property holds a collection of entities rather than one. */
  public boolean isCollection() {
    return this == ONE_TO_MANY || this == MANY_TO_MANY;
  }
}
