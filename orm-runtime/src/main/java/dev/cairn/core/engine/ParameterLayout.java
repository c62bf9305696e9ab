package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The named parameters ({@code Sql.param}) of a statement in the order of a positional value array,
 * so that {@link Connection#execute(dev.cairn.core.sql.Statement, ParameterLayout, Object[])} and
 * {@link Connection#executeMany(dev.cairn.core.sql.Statement, ParameterLayout, List)} bind values
 * by position instead of looking each one up by name. Built once per statement by code that
 * generates statements (the ORM's persister); immutable and thread-safe.
 */
public final class ParameterLayout {

  private final String[] names;
  private final Map<String, Integer> positions;

  private ParameterLayout(String[] names) {
    this.names = names;
    Map<String, Integer> byName = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      if (byName.put(names[i], i) != null) {
        throw new CairnException(
            "Parameter name '"
                + names[i]
                + "' appears twice in the layout "
                + Arrays.toString(names)
                + "; give every position its own name");
      }
    }
    this.positions = byName;
  }

  /**
   * A layout whose position {@code i} carries the value of the parameter named {@code names[i]}.
   */
  public static ParameterLayout of(String... names) {
    return new ParameterLayout(names.clone());
  }

  /** A layout whose position {@code i} carries the value of the parameter {@code names.get(i)}. */
  public static ParameterLayout of(List<String> names) {
    return new ParameterLayout(names.toArray(new String[0]));
  }

  /** The parameter names, by position. */
  public List<String> names() {
    return List.of(names);
  }

  /** The number of positions. */
  public int size() {
    return names.length;
  }

  /** The position of the parameter {@code name}, or -1 when the layout has none of that name. */
  public int positionOf(String name) {
    Integer position = positions.get(name);
    return position == null ? -1 : position;
  }

  String name(int position) {
    return names[position];
  }

  @Override
  public String toString() {
    return "ParameterLayout" + Arrays.toString(names);
  }
}
