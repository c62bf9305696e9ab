package dev.cairn.core.schema.reflect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A type name taken apart, for a {@link Catalog}'s {@code typeOf}: {@code timestamp(6) without time
 * zone} is base {@code timestamp}, arguments {@code [6]} and suffix {@code without time zone};
 * {@code enum('G','PG')} is base {@code enum} with the quoted labels as arguments; {@code text[]}
 * is base {@code text} with suffix {@code []}. Base and suffix are lower case, single-spaced.
 *
 * @param text the name as given
 * @param base the name before any parenthesis or suffix, lower case
 * @param arguments what the parentheses held, split at top-level commas, trimmed
 * @param suffix what follows the parentheses ({@code unsigned}, {@code with time zone}, {@code []})
 */
public record TypeName(String text, String base, List<String> arguments, String suffix) {

  /** Copies the arguments. */
  public TypeName {
    arguments = List.copyOf(arguments);
  }

  /** Takes {@code text} apart. */
  public static TypeName parse(String text) {
    String trimmed = text.trim();
    int open = trimmed.indexOf('(');
    String base;
    String rest;
    List<String> arguments = new ArrayList<>();
    if (open < 0) {
      base = trimmed;
      rest = "";
      for (String suffix : List.of("[]", " array", " unsigned", " with time zone", " zerofill")) {
        int at = base.toLowerCase(Locale.ROOT).indexOf(suffix);
        if (at > 0) {
          rest = base.substring(at);
          base = base.substring(0, at);
          break;
        }
      }
      int without = base.toLowerCase(Locale.ROOT).indexOf(" without time zone");
      if (without > 0) {
        rest = base.substring(without) + rest;
        base = base.substring(0, without);
      }
    } else {
      base = trimmed.substring(0, open);
      int close = closing(trimmed, open);
      arguments = split(trimmed.substring(open + 1, close));
      rest = trimmed.substring(Math.min(close + 1, trimmed.length()));
    }
    return new TypeName(text, normal(base), arguments, normal(rest));
  }

  /** The argument at {@code index} as a number, or {@code fallback} when there is none. */
  public int number(int index, int fallback) {
    if (index >= arguments.size()) {
      return fallback;
    }
    try {
      return Integer.parseInt(arguments.get(index).trim());
    } catch (NumberFormatException notANumber) {
      return fallback;
    }
  }

  /** The arguments as labels: the quotes around each removed, doubled quotes undone. */
  public List<String> labels() {
    List<String> labels = new ArrayList<>(arguments.size());
    for (String argument : arguments) {
      String label = argument;
      if (label.length() >= 2 && label.startsWith("'") && label.endsWith("'")) {
        label = label.substring(1, label.length() - 1).replace("''", "'").replace("\\\\", "\\");
      }
      labels.add(label);
    }
    return labels;
  }

  /** Whether the suffix contains {@code word} ({@code unsigned}, {@code with time zone}, …). */
  public boolean has(String word) {
    return suffix.contains(word);
  }

  private static int closing(String text, int open) {
    boolean quoted = false;
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == ')' && !quoted) {
        return i;
      }
    }
    return text.length();
  }

  private static List<String> split(String inside) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        parts.add(current.toString().trim());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank() || !parts.isEmpty()) {
      parts.add(current.toString().trim());
    }
    return parts;
  }

  private static String normal(String part) {
    return part.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
