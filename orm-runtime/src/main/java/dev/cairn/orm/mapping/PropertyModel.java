package dev.cairn.orm.mapping;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.orm.annotation.AttributeConverter;
import dev.cairn.orm.annotation.GenerationStrategy;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A field stored in one column: a top-level field of the entity or a field of an embedded value
 * (then its {@link #name()} is a path such as {@code homeAddress.city}). Read-only; its accessors
 * call method handles made at build time, with no reflection per call.
 */
public final class PropertyModel {

  private final String name;
  private final Class<?> javaType;
  private final Column<?> column;
  private final int index;
  private final boolean id;
  private final boolean version;
  private final boolean insertable;
  private final boolean updatable;
  private final @Nullable GenerationStrategy generation;
  private final @Nullable AttributeConverter<Object, Object> converter;
  private final FieldAccessor accessor;
  private final FieldAccessor[] owners;
  private final boolean foreignKey;
  private final boolean collectionKey;
  private @Nullable RelationshipModel collectionKeyOf;

  PropertyModel(
      MemberSpec.ColumnSpec spec,
      Column<?> column,
      int index,
      FieldAccessor accessor,
      FieldAccessor[] owners) {
    this.name = spec.path();
    this.javaType = spec.field().getType();
    this.column = column;
    this.index = index;
    this.id = spec.id();
    this.version = spec.version();
    this.insertable = spec.insertable();
    this.updatable = spec.updatable();
    this.generation = spec.generation();
    this.converter = spec.converter() == null ? null : spec.converter().converter();
    this.accessor = accessor;
    this.owners = owners.clone();
    this.foreignKey = false;
    this.collectionKey = false;
  }

  /**
   * The foreign-key property {@code name} of a to-one relationship read through {@code
   * relationship}: its value is the referenced entity's key property {@code targetId}.
   */
  PropertyModel(
      String name,
      MemberSpec.ColumnSpec targetId,
      Column<?> column,
      int index,
      FieldAccessor relationship) {
    this.name = name;
    this.javaType = TypeMapping.wrap(targetId.field().getType());
    this.column = column;
    this.index = index;
    this.id = false;
    this.version = false;
    this.insertable = true;
    this.updatable = true;
    this.generation = null;
    this.converter = targetId.converter() == null ? null : targetId.converter().converter();
    this.accessor = FieldAccessor.of(targetId.field());
    this.owners = new FieldAccessor[] {relationship};
    this.foreignKey = true;
    this.collectionKey = false;
  }

  /**
   * The hidden property {@code name} of the foreign-key column a unidirectional one-to-many of
   * another entity keeps in this entity's table: it has no field; its value is the key ({@code
   * ownerId}'s) of the entity whose collection holds the object.
   */
  PropertyModel(String name, MemberSpec.ColumnSpec ownerId, Column<?> column, int index) {
    this.name = name;
    this.javaType = TypeMapping.wrap(ownerId.field().getType());
    this.column = column;
    this.index = index;
    this.id = false;
    this.version = false;
    this.insertable = true;
    this.updatable = true;
    this.generation = null;
    this.converter = ownerId.converter() == null ? null : ownerId.converter().converter();
    this.accessor = FieldAccessor.of(ownerId.field());
    this.owners = new FieldAccessor[0];
    this.foreignKey = false;
    this.collectionKey = true;
  }

  /** The property's name: the field name, or a dotted path for a field of an embedded value. */
  public String name() {
    return name;
  }

  /** The field's declared Java type (primitive for a primitive field). */
  public Class<?> javaType() {
    return javaType;
  }

  /** The Core column the property is stored in. */
  public Column<?> column() {
    return column;
  }

  /** The column's name. */
  public String columnName() {
    return column.name();
  }

  /** The position of the property's value in the entity's column-value arrays. */
  public int index() {
    return index;
  }

  /** Whether the property is (part of) the entity's key. */
  public boolean isId() {
    return id;
  }

  /**
   * Whether the property is the foreign-key column of a to-one relationship (named like the
   * relationship): its value is the referenced entity's key, read through the reference; it cannot
   * be set, set the relationship instead.
   */
  public boolean isForeignKey() {
    return foreignKey;
  }

  /**
   * Whether the property is the hidden foreign-key column of another entity's unidirectional
   * one-to-many ({@code @OneToMany @JoinColumn}): the object has no field for it ({@link #get}
   * returns null); the flush writes the key of the object whose collection holds this one, and a
   * loaded object keeps the stored value in its snapshot. Queries cannot name it.
   */
  public boolean isCollectionKey() {
    return collectionKey;
  }

  /**
   * The unidirectional one-to-many (of another entity) whose foreign key this hidden property
   * holds, or null for any other property.
   */
  public @Nullable RelationshipModel collectionKeyOf() {
    return collectionKeyOf;
  }

  void linkCollectionKey(RelationshipModel relationship) {
    this.collectionKeyOf = relationship;
  }

  /** Whether the property is the entity's version. */
  public boolean isVersion() {
    return version;
  }

  /** Whether inserts write the property's column ({@code @Column(insertable)}). */
  public boolean insertable() {
    return insertable;
  }

  /** Whether updates write the property's column ({@code @Column(updatable)}). */
  public boolean updatable() {
    return updatable;
  }

  /** Whether the column accepts NULL. */
  public boolean nullable() {
    return column.nullable();
  }

  /** How the key value is generated, or null when it is not generated. */
  public @Nullable GenerationStrategy generation() {
    return generation;
  }

  /** Whether the database generates the value on insert (identity or sequence). */
  public boolean generatedByDatabase() {
    return generation == GenerationStrategy.IDENTITY || generation == GenerationStrategy.SEQUENCE;
  }

  /** A new client-side generated value (a random UUID for {@code GenerationStrategy.UUID}). */
  public Object generateValue() {
    if (generation != GenerationStrategy.UUID) {
      throw new CairnException(
          "Property "
              + name
              + " of "
              + column.table()
              + " is not generated on the client (its generation is "
              + generation
              + ")");
    }
    return UUID.randomUUID();
  }

  /**
   * Whether the field is of an integral type ({@code long}, {@code int}, {@code short} or their
   * wrappers) stored without a converter.
   */
  public boolean integral() {
    Class<?> type = TypeMapping.wrap(javaType);
    return converter == null
        && (type == Long.class || type == Integer.class || type == Short.class);
  }

  /** The converter between field and column values, or null when the values are stored as is. */
  public @Nullable AttributeConverter<?, ?> converter() {
    return converter;
  }

  /** Whether {@link #set} can write the property (false for final and record fields). */
  public boolean settable() {
    return !foreignKey && !collectionKey && accessor.settable();
  }

  /** The field value in {@code entity}; null when an embedded value on the way is null. */
  public @Nullable Object get(Object entity) {
    if (collectionKey) {
      return null;
    }
    Object owner = entity;
    for (FieldAccessor step : owners) {
      owner = step.get(owner);
      if (owner == null) {
        return null;
      }
    }
    return accessor.get(owner);
  }

  /** Writes the field value into {@code entity}; the embedded value on the way must not be null. */
  public void set(Object entity, @Nullable Object value) {
    if (collectionKey) {
      throw new CairnException(
          "Property "
              + name
              + " is the foreign key of a unidirectional @OneToMany and has no field; add the"
              + " object to that collection instead");
    }
    if (foreignKey) {
      throw new CairnException(
          "Property "
              + name
              + " is the foreign key of a relationship and cannot be set; set the relationship"
              + " field "
              + name
              + " to the referenced object instead");
    }
    Object owner = entity;
    for (FieldAccessor step : owners) {
      owner = step.get(owner);
      if (owner == null) {
        throw new CairnException(
            "Cannot set " + name + ": the embedded value holding it is null; set that first");
      }
    }
    accessor.set(owner, value);
  }

  /**
   * Whether {@code entity}'s column value for this property is {@code columnValue} (as the dirty
   * check compares: decimals by value, arrays by content); a primitive field is read without
   * boxing.
   */
  public boolean holds(Object entity, @Nullable Object columnValue) {
    if (owners.length == 0 && converter == null && !foreignKey && javaType.isPrimitive()) {
      return accessor.holds(entity, columnValue);
    }
    return ColumnValueEquality.same(columnValue(entity), columnValue);
  }

  /** The column value of {@code entity}: its field value, converted when there is a converter. */
  public @Nullable Object columnValue(Object entity) {
    return toColumnValue(get(entity));
  }

  /** {@code attribute} as stored in the column (null stays null). */
  public @Nullable Object toColumnValue(@Nullable Object attribute) {
    AttributeConverter<Object, Object> c = converter;
    return attribute == null || c == null ? attribute : c.toColumn(attribute);
  }

  /** The field value of the column value {@code stored} (null stays null). */
  public @Nullable Object toAttributeValue(@Nullable Object stored) {
    AttributeConverter<Object, Object> c = converter;
    return stored == null || c == null ? stored : c.toAttribute(stored);
  }

  @Override
  public String toString() {
    return name + " -> " + column;
  }
}
