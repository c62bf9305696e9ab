package dev.cairn.spring.data.query;

import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.TextSql;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.query.Parameter;

/**
 * The placeholders of {@link dev.cairn.spring.data.Query @Query} SQL tied to method parameters:
 * positional {@code ?1} / {@code ?} are rewritten to named {@code :p1}, then every placeholder is
 * matched to a bindable parameter — by position, or by its {@code @Param} name or compiled name.
 * Checked when the repository is created; every value is bound, never spliced into the SQL.
 */
final class SqlParameters {

  private final String sql;
  private final List<String> names;
  private final int[] positions;

  private SqlParameters(String sql, List<String> names, int[] positions) {
    this.sql = sql;
    this.names = names;
    this.positions = positions;
  }

  /** The placeholders of {@code original} matched to {@code method}'s bindable parameters. */
  static SqlParameters check(CairnQueryMethod method, String original) {
    String sql = positionalToNamed(original);
    List<String> names = Sql.text(sql).parameterNames();
    List<Parameter> bindable = new ArrayList<>();
    method.getParameters().getBindableParameters().forEach(bindable::add);
    int[] positions = new int[names.size()];
    boolean[] used = new boolean[bindable.size()];
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int position = position(name, bindable);
      if (position < 0 || position >= bindable.size()) {
        boolean positional = name.matches("p\\d+") && !named(name, bindable);
        throw method.failure(
            "the SQL uses the placeholder "
                + (positional ? "?" + name.substring(1) : ":" + name)
                + " but no parameter "
                + (positional ? "is at that position" : "is named '" + name + "'"),
            positional
                ? "declare one parameter per position ?1 … ?" + name.substring(1)
                : "declare a parameter for it and annotate it with @Param(\"" + name + "\")");
      }
      positions[i] = position;
      used[position] = true;
    }
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        Parameter parameter = bindable.get(i);
        throw method.failure(
            "parameter "
                + (i + 1)
                + parameter.getName().map(n -> " '" + n + "'").orElse("")
                + " is not used in the SQL",
            "use it as :name (with @Param(\"name\")) or ?" + (i + 1) + ", or remove it");
      }
    }
    return new SqlParameters(sql, names, positions);
  }

  /** The SQL with named placeholders only. */
  String sql() {
    return sql;
  }

  /** {@code text} with the values of {@code bindable} bound to their placeholders. */
  TextSql bind(TextSql text, @Nullable Object[] bindable) {
    TextSql bound = text;
    for (int i = 0; i < names.size(); i++) {
      bound = bound.bind(names.get(i), bindable[positions[i]]);
    }
    return bound;
  }

  private static int position(String name, List<Parameter> bindable) {
    for (int i = 0; i < bindable.size(); i++) {
      if (bindable.get(i).getName().filter(name::equals).isPresent()) {
        return i;
      }
    }
    if (name.matches("p\\d+")) {
      return Integer.parseInt(name.substring(1)) - 1;
    }
    return -1;
  }

  private static boolean named(String name, List<Parameter> bindable) {
    return bindable.stream().anyMatch(p -> p.getName().filter(name::equals).isPresent());
  }

  /** {@code ?1} becomes {@code :p1} and a bare {@code ?} the next position, outside quotes. */
  static String positionalToNamed(String sql) {
    StringBuilder out = new StringBuilder(sql.length() + 8);
    char quote = 0;
    int next = 1;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
        out.append(c);
      } else if (c == '\'' || c == '"') {
        quote = c;
        out.append(c);
      } else if (c == '?') {
        int j = i + 1;
        while (j < sql.length() && Character.isDigit(sql.charAt(j))) {
          j++;
        }
        int position = j > i + 1 ? Integer.parseInt(sql.substring(i + 1, j)) : next;
        next = position + 1;
        out.append(":p").append(position);
        i = j - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
