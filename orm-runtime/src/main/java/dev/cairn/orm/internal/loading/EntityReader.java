package dev.cairn.orm.internal.loading;

import dev.cairn.core.schema.Column;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.internal.state.LifecycleCallbacks;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The row→entity path of one entity, compiled once per factory (SQLAlchemy's {@code
 * _instance_processor}): where the key is in the row, whether it is held as a {@code long}, how
 * wide the entity's slice of a row is (its column properties, then the foreign-key columns of its
 * references that are no properties), and whether {@code @PostLoad} runs. Per row it looks the key
 * up in the session's identity map and returns the instance found there — whose unflushed changes
 * win — or builds a new one whose state keeps the row's own array as its snapshot. Thread-safe.
 *
 * @param <T> the entity type
 */
public final class EntityReader<T> {

  private final EntityModel<T> model;
  private final PropertyModel[] ids;
  private final int width;
  private final int idIndex;
  private final boolean integral;
  private final boolean postLoad;
  private final LifecycleCallbacks callbacks;

  EntityReader(EntityModel<T> model, List<Column<?>> foreignColumns, LifecycleCallbacks callbacks) {
    this.model = model;
    this.ids = model.idProperties().toArray(PropertyModel[]::new);
    this.width = model.columnProperties().size() + foreignColumns.size();
    this.idIndex = ids.length == 1 ? ids[0].index() : -1;
    this.integral = model.integralKey();
    this.callbacks = callbacks;
    this.postLoad = callbacks.has(model.javaType(), LifecycleCallbacks.Kind.POST_LOAD);
  }

  /** The entity. */
  public EntityModel<T> model() {
    return model;
  }

  /** The number of values of the entity's slice of a row. */
  public int width() {
    return width;
  }

  /**
   * The entity of the row slice starting at {@code offset}: the instance in {@code map}, or a new
   * persistent one registered there (and added to {@code fresh} when given). A slice at offset 0
   * keeps the row array itself as snapshot (it may be wider, or lack the trailing foreign-key
   * columns, which are then read when needed); one further right is copied out.
   */
  public T read(
      IdentityMap map, @Nullable Object[] values, int offset, @Nullable List<InstanceState> fresh) {
    return read(map, values, offset, fresh, true);
  }

  /**
   * {@link #read(IdentityMap, Object[], int, List)}; without {@code lookup} the caller vouches that
   * the row cannot be an object already in the session (the session held no {@code T} when a read
   * of rows with distinct keys began), so the identity map is not consulted.
   */
  public T read(
      IdentityMap map,
      @Nullable Object[] values,
      int offset,
      @Nullable List<InstanceState> fresh,
      boolean lookup) {
    InstanceState found = null;
    Object key;
    if (integral) {
      Object value = Objects.requireNonNull(values[offset + idIndex], "key");
      if (lookup) {
        found = map.findIntegral(model, ((Number) value).longValue());
      }
      key = value;
    } else {
      key = key(values, offset);
      if (lookup) {
        found = map.find(model, key);
      }
    }
    if (found != null) {
      return model.javaType().cast(found.entity());
    }
    Object[] row = offset == 0 ? values : Arrays.copyOfRange(values, offset, offset + width);
    T entity = model.instantiateAt(row, 0);
    InstanceState state = InstanceState.loadedFrom(entity, model, key, row);
    map.add(state);
    if (fresh != null) {
      fresh.add(state);
    }
    if (postLoad) {
      callbacks.invoke(LifecycleCallbacks.Kind.POST_LOAD, entity);
    }
    return entity;
  }

  /** Whether the slice at {@code offset} holds an entity (its key columns are not all NULL). */
  public boolean present(@Nullable Object[] values, int offset) {
    for (PropertyModel id : ids) {
      if (values[offset + id.index()] == null) {
        return false;
      }
    }
    return true;
  }

  /** The entity key of the slice at {@code offset} (the id value, a list for a composite key). */
  public Object key(@Nullable Object[] values, int offset) {
    if (ids.length == 1) {
      return Objects.requireNonNull(ids[0].toAttributeValue(values[offset + idIndex]), "key");
    }
    List<Object> parts = new ArrayList<>(ids.length);
    for (PropertyModel id : ids) {
      parts.add(Objects.requireNonNull(id.toAttributeValue(values[offset + id.index()]), "key"));
    }
    return Collections.unmodifiableList(parts);
  }
}
