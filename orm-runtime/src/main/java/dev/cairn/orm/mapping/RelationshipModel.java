package dev.cairn.orm.mapping;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.LoadStrategy;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.OneToOne;
import dev.cairn.orm.annotation.OrderBy;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A relationship field: its kind, target entity, annotation data and how it is stored. An owning
 * {@code @ManyToOne} / {@code @OneToOne} has foreign-key columns on the owner's table (also column
 * properties of the owner, {@link PropertyModel#isForeignKey()}); an owning {@code @ManyToMany} has
 * a join table; an inverse side ({@code mappedBy}) is linked to its owning side ({@link
 * #inverse()}); a unidirectional {@code @OneToMany} ({@code @JoinColumn}, no {@code mappedBy}) has
 * foreign-key columns on the target's table, held by hidden column properties of the target ({@link
 * #childKeyProperties()}). Resolved once when the {@link MappingModel} is built; read-only
 * afterwards.
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
  private final @Nullable OrderBy orderBy;
  private final LoadStrategy load;
  private final boolean fillsInPlace;
  private final FieldAccessor accessor;
  private final List<PropertyModel> foreignKeyProperties;
  private final List<Column<?>> ownColumns;
  private final @Nullable Table ownJoinTable;
  private final List<Column<?>> ownJoinOwnerColumns;
  private final List<Column<?>> ownJoinTargetColumns;
  private @Nullable EntityModel<?> target;
  private @Nullable EntityModel<?> declaringEntity;
  private @Nullable RelationshipModel inverse;
  private List<ElementOrder> order = List.of();
  private List<PropertyModel> childKeyProperties = List.of();
  private int ordinal = -1;

  RelationshipModel(
      MemberSpec.RelationshipSpec spec,
      FieldAccessor accessor,
      RelationshipResolver.@Nullable Resolution resolution,
      List<PropertyModel> foreignKeyProperties) {
    this.name = spec.path();
    this.kind = spec.kind();
    this.targetType = spec.target();
    this.collectionType = spec.collectionType();
    this.annotation = spec.annotation();
    this.cascades = expand(declaredCascades(annotation));
    this.joinColumn = spec.field().getAnnotation(JoinColumn.class);
    this.joinTable = spec.field().getAnnotation(JoinTable.class);
    this.orderBy = spec.field().getAnnotation(OrderBy.class);
    this.fillsInPlace = spec.kind().isCollection() && Modifier.isFinal(spec.field().getModifiers());
    this.load = effectiveLoad(RelationshipChecks.declaredLoad(spec), spec.kind(), fillsInPlace);
    this.accessor = accessor;
    this.foreignKeyProperties = List.copyOf(foreignKeyProperties);
    this.ownColumns = resolution == null ? List.of() : resolution.foreignKeyColumns();
    this.ownJoinTable = resolution == null ? null : resolution.joinTable();
    this.ownJoinOwnerColumns = resolution == null ? List.of() : resolution.ownerColumns();
    this.ownJoinTargetColumns = resolution == null ? List.of() : resolution.targetColumns();
  }

  void linkTarget(EntityModel<?> model, EntityModel<?> declaring) {
    this.target = model;
    this.declaringEntity = declaring;
  }

  /** The entity declaring the field. */
  public EntityModel<?> declaringEntity() {
    EntityModel<?> model = declaringEntity;
    if (model == null) {
      throw new IllegalStateException("relationship " + name + " is not linked");
    }
    return model;
  }

  void linkInverse(RelationshipModel other) {
    this.inverse = other;
  }

  void ordinal(int position) {
    this.ordinal = position;
  }

  void linkOrder(List<ElementOrder> elementOrder) {
    this.order = List.copyOf(elementOrder);
  }

  void linkChildKeys(List<PropertyModel> properties) {
    this.childKeyProperties = List.copyOf(properties);
  }

  private static LoadStrategy effectiveLoad(
      LoadStrategy declared, RelationshipKind kind, boolean fillsInPlace) {
    if (declared != LoadStrategy.DEFAULT) {
      return declared;
    }
    return kind.isCollection() && !fillsInPlace ? LoadStrategy.LAZY : LoadStrategy.SELECTIN;
  }

  /**
   * How the relationship loads when a query gives no option for it: the annotation's {@code load},
   * its {@code DEFAULT} resolved ({@code LAZY} for a collection, {@code SELECTIN} for a reference
   * or a final collection field); never {@code DEFAULT}.
   */
  public LoadStrategy load() {
    return load;
  }

  /**
   * Whether the field is a final collection: loading fills the collection the object holds instead
   * of putting Cairn's own collection into the field, so it loads with its result, never on access.
   */
  public boolean fillsInPlace() {
    return fillsInPlace;
  }

  /**
   * The order of the collection's elements from {@code @OrderBy} (property and direction); empty
   * without it (the elements then come in key order).
   */
  public List<ElementOrder> order() {
    return order;
  }

  /** The {@code @OrderBy} on the field, or null. */
  public @Nullable OrderBy orderByAnnotation() {
    return orderBy;
  }

  /**
   * Whether this is a unidirectional {@code @OneToMany}: owning, its foreign key in the target's
   * table, with no field of the target referring back.
   */
  public boolean unidirectional() {
    return kind == RelationshipKind.ONE_TO_MANY && owning();
  }

  /**
   * The target's hidden column properties holding the foreign key of a {@link #unidirectional()}
   * one-to-many (one per key column of this entity); else empty. The flush writes them from the
   * collections that hold the target objects.
   */
  public List<PropertyModel> childKeyProperties() {
    return childKeyProperties;
  }

  /** The position of this relationship in its owner's {@link EntityModel#relationships()}. */
  public int ordinal() {
    return ordinal;
  }

  /** The related entity's model. */
  public EntityModel<?> target() {
    EntityModel<?> model = target;
    if (model == null) {
      throw new IllegalStateException("relationship " + name + " is not linked");
    }
    return model;
  }

  /**
   * Whether this side decides what is written: a {@code @ManyToOne}, or a {@code @OneToOne} /
   * {@code @ManyToMany} / {@code @OneToMany} without {@code mappedBy}.
   */
  public boolean owning() {
    return mappedBy() == null;
  }

  /**
   * The other side of a bidirectional relationship: for an inverse side the owning relationship its
   * {@code mappedBy} names; for an owning side the inverse relationship naming it, if any.
   */
  public @Nullable RelationshipModel inverse() {
    return inverse;
  }

  /**
   * The foreign-key columns: for an owning to-one side those of the owner's table (one per key
   * column of the target); for an inverse {@code @OneToMany} / {@code @OneToOne} those of the
   * owning side, and for a unidirectional {@code @OneToMany} its own, on the target's table (one
   * per key column of the owner); empty for a many-to-many.
   */
  public List<Column<?>> foreignKeyColumns() {
    RelationshipModel other = inverse;
    if (!owning() && other != null && kind != RelationshipKind.MANY_TO_MANY) {
      return other.ownColumns;
    }
    return ownColumns;
  }

  /**
   * The owner's column properties holding the foreign key of an owning to-one side (named like the
   * relationship; {@code name.idField} per key column for a composite target key); else empty.
   */
  public List<PropertyModel> foreignKeyProperties() {
    return foreignKeyProperties;
  }

  /** The association table of a many-to-many (of the owning side, also from the inverse side). */
  public @Nullable Table joinTable() {
    RelationshipModel other = inverse;
    return !owning() && other != null ? other.ownJoinTable : ownJoinTable;
  }

  /** The join table's columns referring to this side's entity (empty unless many-to-many). */
  public List<Column<?>> joinTableOwnerColumns() {
    RelationshipModel other = inverse;
    return !owning() && other != null ? other.ownJoinTargetColumns : ownJoinOwnerColumns;
  }

  /** The join table's columns referring to the target entity (empty unless many-to-many). */
  public List<Column<?>> joinTableTargetColumns() {
    RelationshipModel other = inverse;
    return !owning() && other != null ? other.ownJoinOwnerColumns : ownJoinTargetColumns;
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

  /** {@code List} or {@code Set} for a collection, else null. */
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
  public @Nullable JoinColumn joinColumnAnnotation() {
    return joinColumn;
  }

  /** The {@code @JoinTable} on the field, or null. */
  public @Nullable JoinTable joinTableAnnotation() {
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
