package dev.cairn.orm.internal.flush;

import dev.cairn.core.CairnException;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The keys one flush generates, for the {@link PendingKey}s in its value arrays: rows are inserted
 * in waves so a row referring to another new row of the same entity follows it; a reference to a
 * row not inserted yet (a cycle) is inserted as NULL and set by an UPDATE after the inserts.
 */
final class PendingKeys {

  private final Map<Object, @Nullable Object[]> pending = new IdentityHashMap<>();
  private final Set<Object> inserted = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<List<Object>, PostUpdate> postUpdates = new LinkedHashMap<>();

  PendingKeys(List<FlushAction> actions) {
    for (FlushAction action : actions) {
      if (action instanceof FlushAction.Insert insert) {
        for (int j = 0; j < insert.states().size(); j++) {
          pending.put(insert.states().get(j).entity(), insert.values().get(j));
        }
      }
    }
  }

  /**
   * The rows of {@code action} split into waves: each wave's pending references point to rows of
   * earlier waves (or of other entities); a cycle within the entity ends the splitting.
   */
  List<FlushAction.Insert> waves(FlushAction.Insert action) {
    Set<Object> remaining = Collections.newSetFromMap(new IdentityHashMap<>());
    action.states().forEach(e -> remaining.add(e.entity()));
    List<Integer> rows = new ArrayList<>();
    for (int j = 0; j < action.states().size(); j++) {
      rows.add(j);
    }
    List<FlushAction.Insert> waves = new ArrayList<>();
    while (!rows.isEmpty()) {
      List<Integer> wave = new ArrayList<>();
      List<Integer> later = new ArrayList<>();
      for (int j : rows) {
        (refersTo(action.values().get(j), remaining) ? later : wave).add(j);
      }
      if (wave.isEmpty()) {
        wave = later;
        later = List.of();
      }
      List<InstanceState> entries = new ArrayList<>();
      List<@Nullable Object[]> values = new ArrayList<>();
      for (int j : wave) {
        entries.add(action.states().get(j));
        values.add(action.values().get(j));
      }
      entries.forEach(e -> remaining.remove(e.entity()));
      waves.add(new FlushAction.Insert(action.persister(), entries, values));
      rows = later;
    }
    return waves;
  }

  private static boolean refersTo(@Nullable Object[] values, Set<Object> rows) {
    for (Object value : values) {
      if (value instanceof PendingKey key && rows.contains(key.entity())) {
        return true;
      }
    }
    return false;
  }

  /** Resolves the pending keys of a wave about to be inserted; unresolvable ones become NULL. */
  void resolveForInsert(FlushAction.Insert wave) {
    EntityModel<?> model = wave.persister().model();
    for (int j = 0; j < wave.states().size(); j++) {
      Object[] values = wave.values().get(j);
      for (PropertyModel property : model.columnProperties()) {
        int i = property.index();
        if (values[i] instanceof PendingKey key && !inserted.contains(key.entity())) {
          if (!property.nullable()) {
            throw new CairnException(
                model.name()
                    + "."
                    + property.name()
                    + " refers to a new "
                    + key.entity().getClass().getSimpleName()
                    + " that can only be inserted after it (a cycle of references), and its column "
                    + property.columnName()
                    + " is NOT NULL; make the relationship optional so the row can be inserted"
                    + " first and the reference set afterwards");
          }
          InstanceState entry = wave.states().get(j);
          postUpdates
              .computeIfAbsent(
                  List.of(wave.persister(), entry), k -> new PostUpdate(wave.persister(), entry))
              .add(i, key, values);
          values[i] = null;
        }
      }
      resolve(values);
    }
  }

  /** Records that the rows of {@code wave} exist now (their generated keys are in their values). */
  void inserted(FlushAction.Insert wave) {
    wave.states().forEach(e -> inserted.add(e.entity()));
  }

  /** Replaces every pending key in {@code values} by the generated key. */
  void resolve(@Nullable Object[] values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof PendingKey key) {
        Object[] target = pending.get(key.entity());
        if (target == null || !inserted.contains(key.entity())) {
          throw new IllegalStateException("unresolved " + key);
        }
        values[i] = Objects.requireNonNull(target[key.keyIndex()]);
      }
    }
  }

  /** The UPDATEs setting the references inserted as NULL; empties the list. */
  List<FlushAction.Update> takePostUpdates() {
    Map<List<Object>, List<PostUpdate>> grouped = new LinkedHashMap<>();
    for (PostUpdate update : postUpdates.values()) {
      update.apply(this);
      grouped
          .computeIfAbsent(List.of(update.persister, update.changed), k -> new ArrayList<>())
          .add(update);
    }
    postUpdates.clear();
    List<FlushAction.Update> actions = new ArrayList<>();
    for (List<PostUpdate> group : grouped.values()) {
      List<InstanceState> entries = new ArrayList<>();
      List<@Nullable Object[]> values = new ArrayList<>();
      for (PostUpdate update : group) {
        entries.add(update.entry);
        values.add(update.values);
      }
      PostUpdate first = group.get(0);
      actions.add(new FlushAction.Update(first.persister, first.changed, entries, values, values));
    }
    return actions;
  }

  /** Rows of join tables with pending keys replaced. */
  void resolveRows(List<@Nullable Object[]> rows) {
    rows.forEach(this::resolve);
  }

  private static final class PostUpdate {
    final EntityPersister persister;
    final InstanceState entry;
    final BitSet changed = new BitSet();
    final Map<Integer, PendingKey> keys = new LinkedHashMap<>();
    @Nullable Object[] values = new Object[0];

    PostUpdate(EntityPersister persister, InstanceState entry) {
      this.persister = persister;
      this.entry = entry;
    }

    void add(int index, PendingKey key, @Nullable Object[] rowValues) {
      changed.set(index);
      keys.put(index, key);
      values = rowValues;
    }

    void apply(PendingKeys keysOfFlush) {
      keys.forEach((index, key) -> values[index] = key);
      keysOfFlush.resolve(values);
    }
  }
}
