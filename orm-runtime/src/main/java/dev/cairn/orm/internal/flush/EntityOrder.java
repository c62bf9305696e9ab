package dev.cairn.orm.internal.flush;

import dev.cairn.core.schema.ForeignKey;
import dev.cairn.core.schema.Table;
import dev.cairn.core.schema.TopologicalSort;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.orm.mapping.RelationshipKind;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which a flush writes entities: every entity after the entities it depends on — the
 * tables its table's Core foreign keys reference, and the targets of its owning {@code @ManyToOne}
 * / {@code @OneToOne} relationships — by {@link TopologicalSort} (cycles broken as Core does).
 */
public final class EntityOrder {

  private EntityOrder() {}

  /** Each entity's position in dependency order (parents first). */
  public static Map<EntityModel<?>, Integer> ranks(MappingModel mapping) {
    List<EntityModel<?>> models = mapping.entities();
    Map<Table, EntityModel<?>> byTable = new IdentityHashMap<>();
    for (EntityModel<?> model : models) {
      byTable.put(model.table(), model);
    }
    Map<EntityModel<?>, Set<EntityModel<?>>> dependencies = new HashMap<>();
    for (EntityModel<?> model : models) {
      Set<EntityModel<?>> parents = new LinkedHashSet<>();
      for (ForeignKey foreignKey : model.table().foreignKeys()) {
        EntityModel<?> parent = byTable.get(foreignKey.target());
        if (parent != null) {
          parents.add(parent);
        }
      }
      for (RelationshipModel relationship : model.relationships()) {
        boolean owning =
            relationship.kind() == RelationshipKind.MANY_TO_ONE
                || (relationship.kind() == RelationshipKind.ONE_TO_ONE
                    && relationship.mappedBy() == null);
        EntityModel<?> parent = mapping.findEntity(relationship.targetType());
        if (owning && parent != null) {
          parents.add(parent);
        }
      }
      dependencies.put(model, parents);
    }
    List<EntityModel<?>> order =
        TopologicalSort.sort(new ArrayList<>(models), dependencies::get).order();
    Map<EntityModel<?>, Integer> ranks = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      ranks.put(order.get(i), i);
    }
    return ranks;
  }
}
