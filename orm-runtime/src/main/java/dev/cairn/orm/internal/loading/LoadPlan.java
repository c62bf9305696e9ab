package dev.cairn.orm.internal.loading;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Load;
import dev.cairn.orm.Load.Strategy;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The loading options of a query as a tree: per relationship name of one entity, the strategy and
 * the plan for the related entities. Every option sets the strategy of each step of its path; a
 * later option wins. Immutable; checked against the mapping when built.
 */
public final class LoadPlan {

  /** No options: every relationship loads as its mapping says (its annotation's {@code load}). */
  public static final LoadPlan NONE = new LoadPlan(List.of(), Map.of());

  private final List<Load> options;
  private final Map<String, Step> steps;

  private LoadPlan(List<Load> options, Map<String, Step> steps) {
    this.options = List.copyOf(options);
    this.steps = Collections.unmodifiableMap(steps);
  }

  /** One relationship's strategy, the option that set it, and what to load below it. */
  record Step(Link link, Strategy strategy, Load option, LoadPlan next) {}

  /**
   * This plan with {@code more} options for queries of {@code root}; a CairnException for a bad
   * path.
   */
  public LoadPlan with(Links links, EntityModel<?> root, List<Load> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Load> all = new ArrayList<>(options);
    all.addAll(more);
    Node top = new Node(root);
    for (Load option : all) {
      top.add(links, option, 0);
    }
    return top.build(all);
  }

  @Nullable Step step(RelationshipModel relationship) {
    return steps.get(relationship.name());
  }

  /**
   * How {@code relationship} loads under this plan: its step's strategy, or, without a step, the
   * mapping's default ({@code load} on the relationship annotation).
   */
  Strategy strategy(RelationshipModel relationship) {
    Step step = steps.get(relationship.name());
    return step != null ? step.strategy() : mapped(relationship);
  }

  /** The mapping's default strategy of {@code relationship} as a query strategy. */
  static Strategy mapped(RelationshipModel relationship) {
    return switch (relationship.load()) {
      case SELECTIN -> Strategy.SELECTIN;
      case JOINED -> Strategy.JOINED;
      case RAISE -> Strategy.RAISE;
      case LAZY, DEFAULT -> Strategy.LAZY;
    };
  }

  Map<String, Step> steps() {
    return steps;
  }

  /** Whether a first-level step is a joined collection (a limit would cut its rows). */
  public boolean joinsCollection() {
    return steps.values().stream()
        .anyMatch(s -> s.strategy() == Strategy.JOINED && s.link().toMany());
  }

  /** Whether any first-level step is joined. */
  public boolean hasJoined() {
    return steps.values().stream().anyMatch(s -> s.strategy() == Strategy.JOINED);
  }

  /** The mutable tree while building. */
  private static final class Node {
    private final EntityModel<?> model;
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final Map<String, Strategy> strategies = new LinkedHashMap<>();
    private final Map<String, Load> options = new LinkedHashMap<>();
    private final Map<String, Node> children = new LinkedHashMap<>();

    Node(EntityModel<?> model) {
      this.model = model;
    }

    void add(Links resolver, Load option, int depth) {
      String name = option.path().get(depth);
      Link link = resolver.of(model, name);
      Strategy strategy = option.strategies().get(depth);
      if (strategy == Strategy.RAISE && !link.toMany()) {
        throw new CairnException(
            option
                + ": "
                + link.describe()
                + " is a reference, which is loaded with its result and cannot raise on access;"
                + " use Load.raise on collections only");
      }
      if ((strategy == Strategy.RAISE || strategy == Strategy.LAZY)
          && link.relationship().fillsInPlace()) {
        throw new CairnException(
            option
                + ": "
                + link.describe()
                + " is a final collection field, which Cairn fills in place with its result, so it"
                + " cannot load on access or raise; use Load.selectin or Load.joined, or remove"
                + " final from the field");
      }
      links.put(name, link);
      strategies.put(name, strategy);
      options.put(name, option);
      Node child = children.computeIfAbsent(name, n -> new Node(link.target()));
      if (depth + 1 < option.path().size()) {
        child.add(resolver, option, depth + 1);
      }
    }

    LoadPlan build(List<Load> all) {
      Map<String, Step> built = new LinkedHashMap<>();
      for (Map.Entry<String, Link> entry : links.entrySet()) {
        String name = entry.getKey();
        Node child = children.get(name);
        LoadPlan next = child == null || child.links.isEmpty() ? NONE : child.build(List.of());
        built.put(name, new Step(entry.getValue(), strategies.get(name), options.get(name), next));
      }
      return new LoadPlan(all, built);
    }
  }
}
