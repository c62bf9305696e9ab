package dev.cairn.orm;

import dev.cairn.orm.mapping.EntityModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The entities a query reads — the queried entity (the root) and the relationships it joins — as
 * {@link Criterion}s and {@link Ordering}s resolve against them. A property of a joined entity is
 * found by the join's name ({@code Criteria.named("author.name")}, {@code Criteria.of("parent",
 * Category::getName)}) or, for a getter of another entity than the root, by that entity when it is
 * joined once ({@code Criteria.of(Author::getName)}).
 */
public interface JoinScope {

  /** The queried entity. */
  EntityModel<?> root();

  /** The joins, in the order they were added. */
  List<JoinedEntity> joins();

  /** The join named {@code name} (its alias, or its relationship path), or null. */
  default @Nullable JoinedEntity named(String name) {
    for (JoinedEntity join : joins()) {
      if (join.name().equals(name)) {
        return join;
      }
    }
    return null;
  }
}
