package dev.cairn.orm.mapping;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mapping of one entity class, built once by {@link MappingModel}: its Core {@link Table}, its
 * column properties (flattened through embedded values, in column order), key, version, embedded
 * values and relationships, and the prebuilt instantiator.
 *
 * <p>Column-value arrays are indexed like {@link #columnProperties()} and hold column values (as
 * the Core column types read and bind them; converters are applied by this model). Loading code
 * calls {@link #instantiate}; flushing code reads {@link #columnValues} or single properties.
 */
public final class EntityModel<T> {

  private final String name;
  private final Class<T> javaType;
  private final Table table;
  private final List<PropertyModel> columnProperties;
  private final List<PropertyModel> idProperties;
  private final @Nullable PropertyModel versionProperty;
  private final List<EmbeddedModel> embeddeds;
  private final List<RelationshipModel> relationships;
  private final Map<String, PropertyModel> propertiesByName;
  private final ValueLayout layout;
  private final PropertyModel[] foreignKeyProperties;
  private final PropertyModel[] properties;
  private final boolean integralKey;
  private int index = -1;

  EntityModel(
      String name,
      Class<T> javaType,
      Table table,
      List<PropertyModel> columnProperties,
      List<EmbeddedModel> embeddeds,
      List<RelationshipModel> relationships,
      ValueLayout layout) {
    this.name = name;
    this.javaType = javaType;
    this.table = table;
    this.columnProperties = List.copyOf(columnProperties);
    this.idProperties = columnProperties.stream().filter(PropertyModel::isId).toList();
    this.versionProperty =
        columnProperties.stream().filter(PropertyModel::isVersion).findFirst().orElse(null);
    this.embeddeds = List.copyOf(embeddeds);
    this.relationships = List.copyOf(relationships);
    Map<String, PropertyModel> byName = new LinkedHashMap<>();
    for (PropertyModel property : columnProperties) {
      if (!property.isCollectionKey()) {
        byName.put(property.name(), property);
      }
    }
    this.propertiesByName = Collections.unmodifiableMap(byName);
    this.layout = layout;
    this.foreignKeyProperties =
        columnProperties.stream().filter(PropertyModel::isForeignKey).toArray(PropertyModel[]::new);
    this.properties = columnProperties.toArray(PropertyModel[]::new);
    for (int i = 0; i < relationships.size(); i++) {
      relationships.get(i).ordinal(i);
    }
    this.integralKey = idProperties.size() == 1 && idProperties.get(0).integral();
  }

  /** The position of this entity in its {@link MappingModel}'s {@code entities()}. */
  public int index() {
    return index;
  }

  void index(int position) {
    this.index = position;
  }

  /**
   * Whether the key is one column of an integral type ({@code long}, {@code int}, {@code short} or
   * their wrappers) without a converter: its values are held as {@code long}s by the session.
   */
  public boolean integralKey() {
    return integralKey;
  }

  /**
   * The column properties as an array, indexed like column-value arrays (for loops on hot paths; do
   * not modify).
   */
  public PropertyModel[] propertyArray() {
    return properties;
  }

  /** The entity's name ({@code @Entity(name)}, else the class's simple name). */
  public String name() {
    return name;
  }

  /** The entity class. */
  public Class<T> javaType() {
    return javaType;
  }

  /** The Core table the entity maps to, registered in the model's MetaData. */
  public Table table() {
    return table;
  }

  /**
   * Every column property, embedded ones included, in the table's column order; the foreign-key
   * properties of owning to-one relationships ({@link PropertyModel#isForeignKey()}) come last,
   * followed by the hidden foreign keys of other entities' unidirectional one-to-many relationships
   * ({@link PropertyModel#isCollectionKey()}).
   */
  public List<PropertyModel> columnProperties() {
    return columnProperties;
  }

  /** The key properties in key order (declaration order); several for a composite key. */
  public List<PropertyModel> idProperties() {
    return idProperties;
  }

  /** Whether the key has several columns. */
  public boolean hasCompositeId() {
    return idProperties.size() > 1;
  }

  /** The single key property; a CairnException when the key is composite. */
  public PropertyModel idProperty() {
    if (hasCompositeId()) {
      throw new CairnException(
          "Entity "
              + name
              + " has a composite key "
              + idProperties.stream().map(PropertyModel::name).toList()
              + "; use idProperties()");
    }
    return idProperties.get(0);
  }

  /** The {@code @Version} property, or null. */
  public @Nullable PropertyModel versionProperty() {
    return versionProperty;
  }

  /** The top-level embedded values. */
  public List<EmbeddedModel> embeddeds() {
    return embeddeds;
  }

  /** The relationship fields, resolved to their targets, columns and join tables. */
  public List<RelationshipModel> relationships() {
    return relationships;
  }

  /**
   * The column property named {@code name} (a dotted path inside embedded values); hidden
   * foreign-key properties ({@link PropertyModel#isCollectionKey()}) have no name queries can use.
   */
  public PropertyModel property(String name) {
    PropertyModel property = propertiesByName.get(name);
    if (property == null) {
      throw new CairnException(
          "Entity "
              + this.name
              + " has no column property '"
              + name
              + "'; its properties are "
              + propertiesByName.keySet());
    }
    return property;
  }

  /** The column property named {@code name}, or null. */
  public @Nullable PropertyModel findProperty(String name) {
    return propertiesByName.get(name);
  }

  /** The relationship named {@code name}, or null. */
  public @Nullable RelationshipModel findRelationship(String name) {
    for (RelationshipModel relationship : relationships) {
      if (relationship.name().equals(name)) {
        return relationship;
      }
    }
    return null;
  }

  /**
   * A new instance from column values in {@link #columnProperties()} order; embedded values whose
   * columns are all null are null. Relationship and transient fields keep their initial values (the
   * foreign-key values are not turned into references here).
   */
  public T instantiate(@Nullable Object[] columnValues) {
    checkWidth(columnValues);
    return javaType.cast(layout.instantiate(columnValues, 0));
  }

  /**
   * A new instance from the column values at {@code values[offset, offset + n)} ({@code n} the
   * number of column properties; the array may hold more values before and after), for loaders that
   * read several entities from one row.
   */
  public T instantiateAt(@Nullable Object[] values, int offset) {
    if (values.length < offset + columnProperties.size()) {
      checkWidth(values);
    }
    return javaType.cast(layout.instantiate(values, offset));
  }

  /** Whether {@link #fill} can write into existing instances (false for records, final fields). */
  public boolean fillable() {
    return layout.fillable();
  }

  /**
   * Overwrites every column property of an existing {@code entity} (e.g. on refresh); the
   * relationship fields are left as they are.
   */
  public void fill(Object entity, @Nullable Object[] columnValues) {
    if (columnValues.length < columnProperties.size()) {
      checkWidth(columnValues);
    }
    if (!layout.fillable()) {
      throw new CairnException(
          "Entity "
              + name
              + " is a record or has final fields and cannot be filled in place; load a new"
              + " instance instead");
    }
    layout.fill(entity, columnValues, 0);
  }

  /**
   * The column values of {@code entity}, in {@link #columnProperties()} order; a foreign-key value
   * is the key of the referenced object (null when there is none or its key is not known yet).
   */
  public @Nullable Object[] columnValues(Object entity) {
    Object[] values = new Object[columnProperties.size()];
    layout.extract(entity, values, 0);
    for (PropertyModel foreignKey : foreignKeyProperties) {
      values[foreignKey.index()] = foreignKey.columnValue(entity);
    }
    return values;
  }

  /**
   * The key of {@code entity}: the id value for a single key, an unmodifiable list of the values
   * for a composite key; null while any key value is null.
   */
  public @Nullable Object identifier(Object entity) {
    if (idProperties.size() == 1) {
      return idProperties.get(0).get(entity);
    }
    List<Object> values = new ArrayList<>(idProperties.size());
    for (PropertyModel property : idProperties) {
      Object value = property.get(entity);
      if (value == null) {
        return null;
      }
      values.add(value);
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * The version value to write next after {@code current}: 1 for a counter without a value, else
   * the counter plus one; the current time for a timestamp version.
   */
  public Object nextVersion(@Nullable Object current) {
    PropertyModel version = versionProperty;
    if (version == null) {
      throw new CairnException("Entity " + name + " has no @Version property");
    }
    Class<?> type = TypeMapping.wrap(version.javaType());
    if (type == Short.class) {
      return (short) (current == null ? 1 : (Short) current + 1);
    }
    if (type == Integer.class) {
      return current == null ? 1 : (Integer) current + 1;
    }
    if (type == Long.class) {
      return current == null ? 1L : (Long) current + 1;
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.now();
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.now();
    }
    if (type == Instant.class) {
      return Instant.now();
    }
    throw new IllegalStateException("version type " + type);
  }

  private void checkWidth(@Nullable Object[] columnValues) {
    if (columnValues.length != columnProperties.size()) {
      throw new CairnException(
          "Entity "
              + name
              + " has "
              + columnProperties.size()
              + " column properties "
              + columnProperties.stream().map(PropertyModel::name).toList()
              + " but "
              + columnValues.length
              + " values were given; pass one value per column property");
    }
  }

  @Override
  public String toString() {
    return "EntityModel[" + name + " -> " + table.name() + "]";
  }
}
