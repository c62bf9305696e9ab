package dev.cairn.orm;

import dev.cairn.core.CairnException;
import java.util.ArrayList;
import java.util.List;

/**
 * A loading option for one relationship path of a query, given to {@link Query#options}: how the
 * relationship is loaded for the whole result.
 *
 * <pre>{@code
 * session.query(User.class)
 *     .options(Load.selectin("addresses"), Load.joined("manager"), Load.raise("reviews"),
 *              Load.selectin("orders").then("items"))
 *     .all();
 * }</pre>
 *
 * <p>A path is one relationship name or several joined by {@code then} (or written with dots:
 * {@code "orders.items"}); each step keeps the strategy of the step before unless {@link
 * #then(Load)} gives another. A relationship no option names loads as its mapping says (the {@code
 * load} attribute of its annotation; collections are lazy, references selectin, unless it says
 * otherwise). Immutable.
 */
public final class Load {

  /** How a relationship is loaded. */
  public enum Strategy {
    /**
     * On first access, for every instance of the same result at once (collections' default unless
     * the mapping says otherwise).
     */
    LAZY,
    /** Right after the result is read, one {@code IN (...)} query for the whole result. */
    SELECTIN,
    /** In the query itself, by a LEFT OUTER JOIN; duplicated parents are removed. */
    JOINED,
    /** Not loaded; accessing it raises a {@code CairnException}. */
    RAISE
  }

  private final List<String> path;
  private final List<Strategy> strategies;

  private Load(List<String> path, List<Strategy> strategies) {
    this.path = List.copyOf(path);
    this.strategies = List.copyOf(strategies);
  }

  /** Loads {@code path} by one {@code IN (...)} query per level right after the result is read. */
  public static Load selectin(String path) {
    return of(path, Strategy.SELECTIN);
  }

  /** Loads {@code path} by a LEFT OUTER JOIN in the query itself. */
  public static Load joined(String path) {
    return of(path, Strategy.JOINED);
  }

  /** Makes {@code path} raise a {@code CairnException} when accessed instead of loading it. */
  public static Load raise(String path) {
    return of(path, Strategy.RAISE);
  }

  /**
   * Loads {@code path} on first access, for every instance of the result at once (overriding a
   * mapping's eager default).
   */
  public static Load lazy(String path) {
    return of(path, Strategy.LAZY);
  }

  private static Load of(String path, Strategy strategy) {
    List<String> steps = split(path);
    List<Strategy> all = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      all.add(strategy);
    }
    return new Load(steps, all);
  }

  /** This path extended by {@code path}, loaded with the strategy of this path's last step. */
  public Load then(String path) {
    return then(of(path, strategies.get(strategies.size() - 1)));
  }

  /** This path extended by {@code next}'s path, with {@code next}'s strategies. */
  public Load then(Load next) {
    List<String> steps = new ArrayList<>(path);
    steps.addAll(next.path);
    List<Strategy> all = new ArrayList<>(strategies);
    all.addAll(next.strategies);
    return new Load(steps, all);
  }

  /** The relationship names from the queried entity down. */
  public List<String> path() {
    return path;
  }

  /** The strategy of each step of {@link #path()}. */
  public List<Strategy> strategies() {
    return strategies;
  }

  /** The strategy of the last step. */
  public Strategy strategy() {
    return strategies.get(strategies.size() - 1);
  }

  private static List<String> split(String path) {
    if (path == null || path.isBlank()) {
      throw new CairnException(
          "A Load option needs a relationship name, e.g. Load.selectin(\"addresses\")");
    }
    List<String> steps = new ArrayList<>();
    for (String step : path.split("\\.", -1)) {
      if (step.isBlank()) {
        throw new CairnException(
            "Load path '" + path + "' has an empty step; write names joined by dots");
      }
      steps.add(step.strip());
    }
    return steps;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Load.");
    text.append(strategies.get(0).name().toLowerCase(java.util.Locale.ROOT));
    text.append("(\"").append(path.get(0)).append("\")");
    for (int i = 1; i < path.size(); i++) {
      text.append(".then(");
      if (strategies.get(i) == strategies.get(i - 1)) {
        text.append('"').append(path.get(i)).append("\")");
      } else {
        text.append("Load.")
            .append(strategies.get(i).name().toLowerCase(java.util.Locale.ROOT))
            .append("(\"")
            .append(path.get(i))
            .append("\"))");
      }
    }
    return text.toString();
  }
}
