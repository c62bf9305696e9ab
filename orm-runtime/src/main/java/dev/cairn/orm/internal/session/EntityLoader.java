package dev.cairn.orm.internal.session;

import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Result;
import dev.cairn.core.engine.Row;
import dev.cairn.orm.internal.flush.EntityPersister;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads rows of one entity by key, as column-value arrays keyed by entity key. */
final class EntityLoader {

  private static final int KEYS_PER_SELECT = 500;

  private EntityLoader() {}

  /** The column values of the rows whose keys are {@code keys} (entity key values). */
  static Map<Object, @Nullable Object[]> fetch(
      Connection connection, EntityPersister persister, Collection<Object> keys) {
    EntityModel<?> model = persister.model();
    List<Object> all = new ArrayList<>(keys);
    Map<Object, @Nullable Object[]> found = new HashMap<>();
    int width = model.columnProperties().size();
    for (int from = 0; from < all.size(); from += KEYS_PER_SELECT) {
      List<@Nullable Object[]> columnKeys = new ArrayList<>();
      for (Object key : all.subList(from, Math.min(all.size(), from + KEYS_PER_SELECT))) {
        columnKeys.add(columnKey(model, key));
      }
      Result rows =
          columnKeys.size() == 1
              ? connection.execute(
                  persister.selectByKey(), persister.keyParameters(columnKeys.get(0)))
              : connection.execute(persister.selectByKeys(columnKeys));
      for (Row row : rows.all()) {
        Object[] values = new Object[width];
        for (int i = 0; i < width; i++) {
          values[i] = row.get(i);
        }
        found.put(key(model, values), values);
      }
    }
    return found;
  }

  /** The key columns' values of the entity key {@code key}. */
  static @Nullable Object[] columnKey(EntityModel<?> model, Object key) {
    List<PropertyModel> ids = model.idProperties();
    Object[] values = new Object[ids.size()];
    if (ids.size() == 1) {
      values[0] = ids.get(0).toColumnValue(key);
    } else {
      List<?> parts = (List<?>) key;
      for (int i = 0; i < ids.size(); i++) {
        values[i] = ids.get(i).toColumnValue(parts.get(i));
      }
    }
    return values;
  }

  /** The entity key of a row's column values (attribute values; a List when composite). */
  static Object key(EntityModel<?> model, @Nullable Object[] values) {
    List<PropertyModel> ids = model.idProperties();
    if (ids.size() == 1) {
      PropertyModel id = ids.get(0);
      return java.util.Objects.requireNonNull(id.toAttributeValue(values[id.index()]));
    }
    List<Object> parts = new ArrayList<>(ids.size());
    for (PropertyModel id : ids) {
      parts.add(java.util.Objects.requireNonNull(id.toAttributeValue(values[id.index()])));
    }
    return java.util.Collections.unmodifiableList(parts);
  }
}
