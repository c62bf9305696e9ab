package dev.cairn.core.dialect.sqlite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What SQLite's pragmas do not report, read from a table's {@code CREATE TABLE} text: the names of
 * table constraints ({@code CONSTRAINT name FOREIGN KEY (a, b)}) and length checks ({@code CHECK
 * (length(name) <= 50)}), which Cairn writes for bounded text.
 */
final class SqliteTableSql {

  private static final String NAME = "(?:\"((?:[^\"]|\"\")+)\"|`([^`]+)`|\\[([^\\]]+)]|(\\w+))";

  private static final Pattern CONSTRAINT =
      Pattern.compile(
          "CONSTRAINT\\s+" + NAME + "\\s+(PRIMARY\\s+KEY|UNIQUE|FOREIGN\\s+KEY)\\s*\\(([^)]*)\\)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LENGTH_CHECK =
      Pattern.compile(
          "length\\s*\\(\\s*" + NAME + "\\s*\\)\\s*<=\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

  private final List<Named> constraints = new ArrayList<>();
  private final Map<String, Integer> lengths = new HashMap<>();

  SqliteTableSql(@Nullable String sql) {
    if (sql == null) {
      return;
    }
    Matcher constraint = CONSTRAINT.matcher(sql);
    while (constraint.find()) {
      String kind = constraint.group(5).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
      List<String> columns = new ArrayList<>();
      for (String column : constraint.group(6).split(",")) {
        columns.add(key(unquote(column.trim())));
      }
      constraints.add(new Named(name(constraint), kind, columns));
    }
    Matcher check = LENGTH_CHECK.matcher(sql);
    while (check.find()) {
      lengths.putIfAbsent(key(name(check)), Integer.valueOf(check.group(5)));
    }
  }

  /** The name of the {@code kind} constraint over {@code columns}, or null when unnamed. */
  @Nullable String constraintName(String kind, List<String> columns) {
    List<String> wanted = columns.stream().map(SqliteTableSql::key).toList();
    for (Named named : constraints) {
      if (named.kind.equals(kind) && named.columns.equals(wanted)) {
        return named.name;
      }
    }
    return null;
  }

  /** The {@code n} of a {@code CHECK (length(column) <= n)}, or null when there is none. */
  @Nullable Integer lengthCheck(String column) {
    return lengths.get(key(column));
  }

  private static String name(Matcher matcher) {
    for (int group = 1; group <= 4; group++) {
      String name = matcher.group(group);
      if (name != null) {
        return group == 1 ? name.replace("\"\"", "\"") : name;
      }
    }
    throw new IllegalStateException("no name in " + matcher.group());
  }

  private static String unquote(String name) {
    if (name.length() >= 2) {
      char first = name.charAt(0);
      char last = name.charAt(name.length() - 1);
      if ((first == '"' && last == '"') || (first == '`' && last == '`')) {
        return name.substring(1, name.length() - 1);
      }
      if (first == '[' && last == ']') {
        return name.substring(1, name.length() - 1);
      }
    }
    return name;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private record Named(String name, String kind, List<String> columns) {}
}
