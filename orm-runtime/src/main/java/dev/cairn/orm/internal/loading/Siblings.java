package dev.cairn.orm.internal.loading;

import dev.cairn.orm.mapping.EntityModel;
import java.util.List;

/**
 * The instances of one entity read by one result (or one batch load): an unloaded collection of any
 * of them loads for all of them at once, with {@code plan} applied to what it loads. A provisional
 * group (one instance, made when it was installed) gives way to any later group.
 */
record Siblings(EntityModel<?> model, List<Object> entities, LoadPlan plan, boolean provisional) {

  Siblings {
    entities = List.copyOf(entities);
  }
}
