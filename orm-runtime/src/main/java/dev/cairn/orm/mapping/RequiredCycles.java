package dev.cairn.orm.mapping;

import dev.cairn.orm.mapping.MemberSpec.RelationshipSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Required (NOT NULL) to-one references that form a cycle can never be inserted: the mapping
 * refuses them when it is built, naming the cycle.
 */
final class RequiredCycles {

  private RequiredCycles() {}

  /** Required (NOT NULL) to-one references that form a cycle can never be inserted. */
  static void check(
      Collection<EntityAssembler<?>> assemblers,
      Map<RelationshipSpec, RelationshipResolver.Resolution> resolutions) {
    Map<Class<?>, List<RelationshipSpec>> required = new LinkedHashMap<>();
    for (EntityAssembler<?> owner : assemblers) {
      for (RelationshipSpec spec : owner.relationships()) {
        RelationshipResolver.Resolution resolution = resolutions.get(spec);
        if (resolution != null
            && spec.kind() != RelationshipKind.ONE_TO_MANY
            && !resolution.foreignKeyColumns().isEmpty()
            && !resolution.foreignKeyColumns().get(0).nullable()) {
          required.computeIfAbsent(owner.type(), k -> new ArrayList<>()).add(spec);
        }
      }
    }
    for (Class<?> start : required.keySet()) {
      List<String> path = new ArrayList<>();
      if (reaches(start, start, required, path, new ArrayList<>())) {
        throw new MappingException(
            start,
            null,
            "The required references "
                + path
                + " form a cycle of NOT NULL foreign keys, so no row of the cycle can be inserted"
                + " first; make one of them optional (optional = true and no @JoinColumn(nullable"
                + " = false)) so that a flush can insert it with NULL and set it afterwards");
      }
    }
  }

  private static boolean reaches(
      Class<?> from,
      Class<?> goal,
      Map<Class<?>, List<RelationshipSpec>> required,
      List<String> path,
      List<Class<?>> seen) {
    for (RelationshipSpec spec : required.getOrDefault(from, List.of())) {
      path.add(from.getSimpleName() + "." + spec.path());
      if (spec.target() == goal) {
        return true;
      }
      if (!seen.contains(spec.target())) {
        seen.add(spec.target());
        if (reaches(spec.target(), goal, required, path, seen)) {
          return true;
        }
      }
      path.remove(path.size() - 1);
    }
    return false;
  }
}
