package dev.cairn.orm.internal.flush;

import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Orders the DELETEs of one entity that refers to itself (a tree) so that a row goes before the
 * rows it refers to: children before their parents.
 */
final class DeleteOrder {

  private DeleteOrder() {}

  /** {@code action} with its rows in children-first order (unchanged without self-references). */
  static FlushAction.Delete childrenFirst(FlushAction.Delete action) {
    EntityModel<?> model = action.persister().model();
    List<PropertyModel> selfKeys = new ArrayList<>();
    for (RelationshipModel relationship : model.relationships()) {
      if (relationship.target() == model && relationship.foreignKeyProperties().size() == 1) {
        selfKeys.add(relationship.foreignKeyProperties().get(0));
      }
    }
    if (selfKeys.isEmpty() || action.states().size() < 2 || model.hasCompositeId()) {
      return action;
    }
    int id = model.idProperty().index();
    List<Integer> remaining = new ArrayList<>();
    for (int j = 0; j < action.states().size(); j++) {
      remaining.add(j);
    }
    List<InstanceState> entries = new ArrayList<>();
    List<@Nullable Object[]> values = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Set<Object> referenced = new HashSet<>();
      for (int j : remaining) {
        for (PropertyModel key : selfKeys) {
          Object value = action.values().get(j)[key.index()];
          if (value != null) {
            referenced.add(value);
          }
        }
      }
      List<Integer> wave = new ArrayList<>();
      List<Integer> later = new ArrayList<>();
      for (int j : remaining) {
        Object key = action.values().get(j)[id];
        (key != null && referenced.contains(key) ? later : wave).add(j);
      }
      if (wave.isEmpty()) {
        wave = later;
        later = List.of();
      }
      for (int j : wave) {
        entries.add(action.states().get(j));
        values.add(action.values().get(j));
      }
      remaining = later;
    }
    return new FlushAction.Delete(action.persister(), entries, values);
  }
}
