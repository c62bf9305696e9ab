package dev.cairn.spring.data.query;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.Row;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.projection.ProjectionFactory;

/**
 * Turns a loaded entity or a result row into what a query method returns: the entity itself, a
 * record (components matched by name to entity properties, or to column labels ignoring case and
 * underscores), an interface projection (Spring's {@link ProjectionFactory}, over the entity or
 * over the row's values), or — for a row — the single column as a scalar.
 */
final class Projector {

  private final ProjectionFactory projections;

  Projector(ProjectionFactory projections) {
    this.projections = projections;
  }

  /**
   * Checks, when the repository is created, that every component of the record {@code type} names a
   * property or relationship of {@code model}.
   */
  static void checkRecord(CairnQueryMethod method, EntityModel<?> model, Class<?> type) {
    if (!type.isRecord()) {
      return;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (model.findProperty(component.getName()) == null
          && model.findRelationship(component.getName()) == null) {
        throw method.failure(
            "the component '"
                + component.getName()
                + "' of record "
                + type.getSimpleName()
                + " is no property of "
                + model.name(),
            "name each component after a property of the entity");
      }
    }
  }

  /** {@code entity} (of {@code model}) as {@code type}. */
  Object fromEntity(EntityModel<?> model, Object entity, Class<?> type) {
    if (type.isInstance(entity)) {
      return entity;
    }
    if (type.isInterface()) {
      return projections.createProjection(type, entity);
    }
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        String name = components[i].getName();
        PropertyModel property = model.findProperty(name);
        RelationshipModel relationship = model.findRelationship(name);
        values[i] =
            property != null
                ? property.get(entity)
                : relationship != null ? relationship.get(entity) : null;
      }
      return construct(type, components, values);
    }
    throw new CairnException(
        model.name()
            + " cannot be returned as "
            + type.getName()
            + "; return the entity, a record or an interface projection");
  }

  /** {@code row} as {@code type}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  @Nullable Object fromRow(Row row, Class<?> type) {
    if (type.isRecord()) {
      return row.into((Class<? extends Record>) type);
    }
    if (type.isInterface() && !isValueType(type)) {
      Map<String, @Nullable Object> values = new HashMap<>();
      for (PropertyDescriptor input :
          projections.getProjectionInformation(type).getInputProperties()) {
        String label = label(row.labels(), input.getName());
        if (label != null) {
          values.put(input.getName(), row.get(label));
        }
      }
      return projections.createProjection(type, values);
    }
    return row.get(row.labels().get(0), type);
  }

  private static boolean isValueType(Class<?> type) {
    return type.getName().startsWith("java.");
  }

  private static @Nullable String label(List<String> labels, String property) {
    String wanted = normalized(property);
    for (String label : labels) {
      if (normalized(label).equals(wanted)) {
        return label;
      }
    }
    return null;
  }

  private static String normalized(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static Object construct(
      Class<?> type, RecordComponent[] components, @Nullable Object[] values) {
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new CairnException("Cannot create record " + type.getName() + ": " + e.getMessage(), e);
    } catch (InvocationTargetException e) {
      throw new CairnException(
          "The constructor of record " + type.getName() + " failed: " + e.getCause(), e.getCause());
    }
  }
}
