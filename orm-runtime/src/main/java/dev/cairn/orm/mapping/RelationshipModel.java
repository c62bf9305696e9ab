package dev.cairn.orm.mapping;

import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.OneToOne;
import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A relationship field as declared: its kind, target entity class and annotation data. The model
 * checks that the target is a registered entity but does not yet resolve join columns, join tables
 * or the inverse side; that is the relationship mapping's work. A relationship is never a column
 * property.
 */
public final class RelationshipModel {

  private final String name;
  private final RelationshipKind kind;
  private final Class<?> targetType;
  private final @Nullable Class<?> collectionType;
  private final Annotation annotation;
  private final Set<Cascade> cascades;
  private final @Nullable JoinColumn joinColumn;
  private final @Nullable JoinTable joinTable;
  private final FieldAccessor accessor;

  RelationshipModel(MemberSpec.RelationshipSpec spec, FieldAccessor accessor) {
    this.name = spec.path();
    this.kind = spec.kind();
    this.targetType = spec.target();
    this.collectionType = spec.collectionType();
    this.annotation = spec.annotation();
    this.cascades = expand(declaredCascades(annotation));
    this.joinColumn = spec.field().getAnnotation(JoinColumn.class);
    this.joinTable = spec.field().getAnnotation(JoinTable.class);
    this.accessor = accessor;
  }

  /** The field's name. */
  public String name() {
    return name;
  }

  /** Which relationship annotation declared it. */
  public RelationshipKind kind() {
    return kind;
  }

  /** The related entity class (the element type for a collection). */
  public Class<?> targetType() {
    return targetType;
  }

  /** {@code List}, {@code Set} or {@code Collection} for a collection, else null. */
  public @Nullable Class<?> collectionType() {
    return collectionType;
  }

  /** The relationship annotation as declared ({@code @ManyToOne}, …). */
  public Annotation annotation() {
    return annotation;
  }

  /** The target's field owning the relationship, or null on the owning side. */
  public @Nullable String mappedBy() {
    String mappedBy =
        switch (kind) {
          case ONE_TO_MANY -> ((OneToMany) annotation).mappedBy();
          case MANY_TO_MANY -> ((ManyToMany) annotation).mappedBy();
          case ONE_TO_ONE -> ((OneToOne) annotation).mappedBy();
          case MANY_TO_ONE -> "";
        };
    return mappedBy.isEmpty() ? null : mappedBy;
  }

  /** The cascades, with {@code ALL} expanded to save-update, merge and delete. */
  public Set<Cascade> cascades() {
    return cascades;
  }

  /** Whether {@code cascade} applies ({@code ALL} counts as its three parts). */
  public boolean cascades(Cascade cascade) {
    return cascades.contains(cascade)
        || (cascade == Cascade.ALL
            && cascades.containsAll(
                EnumSet.of(Cascade.SAVE_UPDATE, Cascade.MERGE, Cascade.DELETE)));
  }

  /** Whether a single reference may be null; always true for collections. */
  public boolean optional() {
    return switch (kind) {
      case MANY_TO_ONE -> ((ManyToOne) annotation).optional();
      case ONE_TO_ONE -> ((OneToOne) annotation).optional();
      default -> true;
    };
  }

  /** The {@code @JoinColumn} on the field, or null. */
  public @Nullable JoinColumn joinColumn() {
    return joinColumn;
  }

  /** The {@code @JoinTable} on the field, or null. */
  public @Nullable JoinTable joinTable() {
    return joinTable;
  }

  /** The field value (the related entity or the collection) in {@code entity}. */
  public @Nullable Object get(Object entity) {
    return accessor.get(entity);
  }

  /** Writes the field value (the related entity or the collection) into {@code entity}. */
  public void set(Object entity, @Nullable Object value) {
    accessor.set(entity, value);
  }

  private static Cascade[] declaredCascades(Annotation annotation) {
    if (annotation instanceof ManyToOne a) {
      return a.cascade();
    }
    if (annotation instanceof OneToOne a) {
      return a.cascade();
    }
    if (annotation instanceof OneToMany a) {
      return a.cascade();
    }
    return ((ManyToMany) annotation).cascade();
  }

  private static Set<Cascade> expand(Cascade[] declared) {
    EnumSet<Cascade> set = EnumSet.noneOf(Cascade.class);
    for (Cascade cascade : declared) {
      if (cascade == Cascade.ALL) {
        set.addAll(EnumSet.of(Cascade.SAVE_UPDATE, Cascade.MERGE, Cascade.DELETE));
      } else {
        set.add(cascade);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  @Override
  public String toString() {
    return name + " (" + kind + " " + targetType.getSimpleName() + ")";
  }
}
