package dev.cairn.orm.internal.loading;

import dev.cairn.orm.internal.state.InstanceState;
import java.util.List;

/**
 * The distinct instances of one entity that one read produced, in first-seen order, and the states
 * it created (the instances that were not in the session before, whose collections are installed
 * now).
 *
 * @param entities the instances, each once
 * @param fresh the states of the instances that are new to the session
 */
public record Batch(List<?> entities, List<InstanceState> fresh) {

  /** Nothing read. */
  public static final Batch EMPTY = new Batch(List.of(), List.of());
}
