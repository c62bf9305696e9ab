package dev.cairn.orm.internal.session;

import dev.cairn.core.engine.Connection;
import dev.cairn.orm.internal.flush.EntityPersister;
import dev.cairn.orm.internal.loading.Batch;
import dev.cairn.orm.internal.loading.EntityReader;
import dev.cairn.orm.internal.loading.JoinedLoad;
import dev.cairn.orm.internal.loading.LoadPlan;
import dev.cairn.orm.internal.state.InstanceState;
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

  /**
   * The entity keyed {@code key}, read by one SELECT into the session's identity map with its
   * references loaded, or null when there is no such row.
   */
  static <T> @Nullable T load(
      DefaultSession session, EntityPersister persister, EntityReader<T> reader, Object key) {
    if (JoinedLoad.joinsByDefault(reader.model())) {
      return loadJoined(session, reader, key);
    }
    Object[] row = fetchOne(session.transaction().connection(), persister, key);
    if (row == null) {
      return null;
    }
    List<InstanceState> fresh = new ArrayList<>(1);
    T entity = reader.read(session.map(), row, 0, fresh);
    session
        .loading()
        .afterResult(reader.model(), new Batch(List.of(entity), fresh), LoadPlan.NONE, null, false);
    return entity;
  }

  /**
   * The entities keyed {@code keys} that have a row, read by one SELECT per 500 keys into the
   * session's identity map and processed as one result (their references and default loads).
   */
  static void loadAll(
      DefaultSession session,
      EntityPersister persister,
      EntityReader<?> reader,
      Collection<Object> keys) {
    if (JoinedLoad.joinsByDefault(reader.model())) {
      loadAllJoined(session, reader, keys);
      return;
    }
    Map<Object, @Nullable Object[]> rows =
        fetch(session.transaction().connection(), persister, reader, keys);
    List<Object> entities = new ArrayList<>(rows.size());
    List<InstanceState> fresh = new ArrayList<>(rows.size());
    for (Object[] row : rows.values()) {
      entities.add(reader.read(session.map(), java.util.Objects.requireNonNull(row), 0, fresh));
    }
    session
        .loading()
        .afterResult(reader.model(), new Batch(entities, fresh), LoadPlan.NONE, null, false);
  }

  /**
   * The entity keyed {@code key} read by one SELECT that joins the relationships its mapping loads
   * {@code JOINED}, or null when there is no such row.
   */
  private static <T> @Nullable T loadJoined(
      DefaultSession session, EntityReader<T> reader, Object key) {
    EntityModel<T> model = reader.model();
    JoinedLoad<T> joined =
        new JoinedLoad<>(session.context(), model, LoadPlan.NONE, false, 1, true);
    session
        .transaction()
        .connection()
        .forEachRow(
            joined.selectByKeys(java.util.Collections.singletonList(columnKey(model, key))),
            Map.of(),
            joined);
    Batch batch = joined.finish();
    if (batch.entities().isEmpty()) {
      return null;
    }
    session.loading().afterResult(model, batch, LoadPlan.NONE, joined, false);
    return model.javaType().cast(batch.entities().get(0));
  }

  /** {@link #loadAll} with the joins of the mapping's {@code JOINED} relationships. */
  private static <T> void loadAllJoined(
      DefaultSession session, EntityReader<T> reader, Collection<Object> keys) {
    EntityModel<T> model = reader.model();
    List<Object> all = new ArrayList<>(keys);
    for (int from = 0; from < all.size(); from += KEYS_PER_SELECT) {
      List<@Nullable Object[]> part = new ArrayList<>();
      for (Object key : all.subList(from, Math.min(all.size(), from + KEYS_PER_SELECT))) {
        part.add(columnKey(model, key));
      }
      JoinedLoad<T> joined =
          new JoinedLoad<>(session.context(), model, LoadPlan.NONE, false, part.size(), true);
      session.transaction().connection().forEachRow(joined.selectByKeys(part), Map.of(), joined);
      session.loading().afterResult(model, joined.finish(), LoadPlan.NONE, joined, false);
    }
  }

  /** The row of the entity keyed {@code key} (an entity key value), or null. */
  static @Nullable Object[] fetchOne(Connection connection, EntityPersister persister, Object key) {
    Object[][] found = new Object[1][];
    connection.forEachRow(
        persister.selectByKey(),
        persister.keyLayout(),
        columnKey(persister.model(), key),
        values -> found[0] = values);
    return found[0];
  }

  /** The rows of the entities whose keys are {@code keys} (entity key values), by key. */
  static Map<Object, @Nullable Object[]> fetch(
      Connection connection,
      EntityPersister persister,
      EntityReader<?> reader,
      Collection<Object> keys) {
    EntityModel<?> model = persister.model();
    List<Object> all = new ArrayList<>(keys);
    Map<Object, @Nullable Object[]> found = new HashMap<>();
    for (int from = 0; from < all.size(); from += KEYS_PER_SELECT) {
      List<Object> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_SELECT));
      if (part.size() == 1) {
        Object[] row = fetchOne(connection, persister, part.get(0));
        if (row != null) {
          found.put(reader.key(row, 0), row);
        }
        continue;
      }
      List<@Nullable Object[]> columnKeys = new ArrayList<>(part.size());
      for (Object key : part) {
        columnKeys.add(columnKey(model, key));
      }
      connection.forEachRow(
          persister.selectByKeys(columnKeys),
          Map.of(),
          values -> found.put(reader.key(values, 0), values));
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
}
