package dev.cairn.orm.mapping;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An embedded value object: a field whose {@code @Embeddable} type is stored in columns of the
 * entity's table. Its column properties are part of the entity's {@link
 * EntityModel#columnProperties()}; this view groups them.
 */
public final class EmbeddedModel {

  private final String name;
  private final Class<?> javaType;
  private final List<PropertyModel> columnProperties;
  private final List<EmbeddedModel> embeddeds;
  private final FieldAccessor accessor;
  private final FieldAccessor[] owners;

  EmbeddedModel(
      String name,
      Class<?> javaType,
      List<PropertyModel> columnProperties,
      List<EmbeddedModel> embeddeds,
      FieldAccessor accessor,
      FieldAccessor[] owners) {
    this.name = name;
    this.javaType = javaType;
    this.columnProperties = List.copyOf(columnProperties);
    this.embeddeds = List.copyOf(embeddeds);
    this.accessor = accessor;
    this.owners = owners.clone();
  }

  /** The property's name, a dotted path when nested in another embedded value. */
  public String name() {
    return name;
  }

  /** The {@code @Embeddable} class. */
  public Class<?> javaType() {
    return javaType;
  }

  /** Every column property inside this value, nested ones included, in column order. */
  public List<PropertyModel> columnProperties() {
    return columnProperties;
  }

  /** The embedded values directly inside this one. */
  public List<EmbeddedModel> embeddeds() {
    return embeddeds;
  }

  /** The embedded value in {@code entity}, or null. */
  public @Nullable Object get(Object entity) {
    Object owner = entity;
    for (FieldAccessor step : owners) {
      owner = step.get(owner);
      if (owner == null) {
        return null;
      }
    }
    return accessor.get(owner);
  }

  /** Replaces the embedded value in {@code entity}. */
  public void set(Object entity, @Nullable Object value) {
    Object owner = entity;
    for (FieldAccessor step : owners) {
      owner = step.get(owner);
      if (owner == null) {
        throw new dev.cairn.core.CairnException(
            "Cannot set " + name + ": the embedded value holding it is null; set that first");
      }
    }
    accessor.set(owner, value);
  }

  @Override
  public String toString() {
    return name + " (" + javaType.getSimpleName() + ")";
  }
}
