package dev.cairn.spring.data.query;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Load;
import dev.cairn.orm.Load.Strategy;
import dev.cairn.orm.Query;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.spring.data.LoadPlan;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The {@link Load} options of a repository method's {@link LoadPlan @LoadPlan}, read and checked
 * against the mapping once, when the repository is created, and added to each query the method
 * runs.
 */
public final class LoadOptions {

  private static final Load[] NONE = {};

  private final Load[] options;

  private LoadOptions(Load[] options) {
    this.options = options;
  }

  /**
   * The options of {@code method}'s {@code @LoadPlan} for queries of {@code domainType}, or null
   * when it has none; a {@link CairnException} naming {@code description} ({@code
   * Repository.method}) and the path when a path names no relationship or two attributes name the
   * same path.
   */
  public static @Nullable LoadOptions of(
      Method method, String description, Class<?> domainType, SessionFactory sessions) {
    LoadPlan plan = AnnotatedElementUtils.findMergedAnnotation(method, LoadPlan.class);
    if (plan == null) {
      return null;
    }
    Map<String, Step> paths = new LinkedHashMap<>();
    add(paths, plan.value(), "value", Strategy.SELECTIN, description);
    add(paths, plan.selectin(), "selectin", Strategy.SELECTIN, description);
    add(paths, plan.joined(), "joined", Strategy.JOINED, description);
    add(paths, plan.raise(), "raise", Strategy.RAISE, description);
    add(paths, plan.lazy(), "lazy", Strategy.LAZY, description);
    if (paths.isEmpty()) {
      throw failure(description, "its @LoadPlan names no path", "name relationships to load");
    }
    List<Load> loads = new ArrayList<>();
    for (Map.Entry<String, Step> path : paths.entrySet()) {
      loads.add(load(path.getKey(), path.getValue().strategy(), paths, description));
    }
    Load[] options = loads.toArray(NONE);
    check(options, description, domainType, sessions);
    return new LoadOptions(options);
  }

  /** {@code query} with these options. */
  public <T> Query<T> apply(Query<T> query) {
    return query.options(options);
  }

  /** The options, in the order the annotation lists them. */
  public List<Load> options() {
    return List.of(options);
  }

  /** A path's strategy and the attribute that gave it. */
  private record Step(Strategy strategy, String attribute) {}

  private static void add(
      Map<String, Step> paths,
      String[] names,
      String attribute,
      Strategy strategy,
      String description) {
    for (String name : names) {
      String path = normalize(name, description);
      Step before = paths.putIfAbsent(path, new Step(strategy, attribute));
      if (before != null) {
        throw failure(
            description,
            "its @LoadPlan names '"
                + path
                + "' twice (in "
                + before.attribute()
                + " and in "
                + attribute
                + ")",
            "give each path one strategy");
      }
    }
  }

  /** {@code path} as a Load whose steps keep the strategies their own paths were given. */
  private static Load load(
      String path, Strategy strategy, Map<String, Step> paths, String description) {
    String[] steps = path.split("\\.");
    Load load = null;
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < steps.length; i++) {
      if (i > 0) {
        prefix.append('.');
      }
      prefix.append(steps[i]);
      Step declared = i == steps.length - 1 ? null : paths.get(prefix.toString());
      Strategy own = declared == null ? strategy : declared.strategy();
      if (own == Strategy.RAISE && i < steps.length - 1) {
        throw failure(
            description,
            "its @LoadPlan path '"
                + path
                + "' goes through '"
                + prefix
                + "', which raise makes unloadable",
            "remove one of them");
      }
      Load step = of(steps[i], own);
      load = load == null ? step : load.then(step);
    }
    return java.util.Objects.requireNonNull(load, "a path has a step");
  }

  /** Each option applied to a query of a session that never connects: the ORM's own checks. */
  private static void check(
      Load[] options, String description, Class<?> domainType, SessionFactory sessions) {
    try (Session session = sessions.openSession()) {
      Query<?> query = session.query(domainType);
      for (Load option : options) {
        try {
          query.options(option);
        } catch (CairnException e) {
          throw failure(
              description,
              "its @LoadPlan path '"
                  + String.join(".", option.path())
                  + "' cannot be loaded ("
                  + e.getMessage()
                  + ")",
              "name relationships of "
                  + sessions.mapping().entity(domainType).name()
                  + ", dotted through related entities (e.g. 'pets.visits')");
        }
      }
      query.options(options);
    }
  }

  private static String normalize(String name, String description) {
    String path = name.strip();
    if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
      throw failure(
          description,
          "its @LoadPlan has the path '" + name + "'",
          "write relationship names joined by dots, e.g. 'pets.visits'");
    }
    return path.replaceAll("\\s*\\.\\s*", ".");
  }

  private static Load of(String step, Strategy strategy) {
    return switch (strategy) {
      case SELECTIN -> Load.selectin(step);
      case JOINED -> Load.joined(step);
      case RAISE -> Load.raise(step);
      case LAZY -> Load.lazy(step);
    };
  }

  private static CairnException failure(String description, String problem, String fix) {
    return new CairnException(
        "Query method " + description + " cannot be created: " + problem + "; " + fix);
  }
}
