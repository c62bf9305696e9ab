package dev.cairn.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text SQL at its {@code :name} placeholders. Placeholders are not recognised inside string
 * literals ({@code '…'}), quoted identifiers ({@code "…"}, {@code `…`}), comments ({@code --},
 * {@code /* … *}{@code /}), PostgreSQL dollar quotes ({@code $$…$$}), after a letter or digit
 * ({@code a:b}) nor as the second colon of a {@code ::} cast. {@code \:} writes a literal colon.
 */
final class TextSqlParser {

  /**
   * Text SQL taken apart: {@code chunks.size() == names.size() + 1}; the SQL is chunk 0, name 0,
   * chunk 1, … with every name replaced by a parameter.
   */
  record Parsed(List<String> chunks, List<String> names) {
    Parsed {
      chunks = List.copyOf(chunks);
      names = List.copyOf(names);
    }
  }

  private TextSqlParser() {}

  static Parsed parse(String sql) {
    List<String> chunks = new ArrayList<>();
    List<String> names = new ArrayList<>();
    StringBuilder chunk = new StringBuilder(sql.length());
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
      if (c == '\'' || c == '"' || c == '`') {
        i = copyUntil(sql, i, i + 1, String.valueOf(c), chunk);
      } else if (c == '-' && next == '-') {
        i = copyUntil(sql, i, i + 2, "\n", chunk);
      } else if (c == '/' && next == '*') {
        i = copyUntil(sql, i, i + 2, "*/", chunk);
      } else if (c == '$' && !isWordChar(previous(sql, i))) {
        int tagEnd = dollarTagEnd(sql, i);
        if (tagEnd < 0) {
          chunk.append(c);
          i++;
        } else {
          String tag = sql.substring(i, tagEnd + 1);
          i = copyUntil(sql, i, tagEnd + 1, tag, chunk);
        }
      } else if (c == ':' && next == ':') {
        chunk.append("::");
        i += 2;
      } else if (c == '\\' && next == ':') {
        chunk.append(':');
        i += 2;
      } else if (c == ':' && isNameStart(next) && !isWordChar(previous(sql, i))) {
        int end = i + 1;
        while (end < n && isWordChar(sql.charAt(end))) {
          end++;
        }
        chunks.add(chunk.toString());
        chunk.setLength(0);
        names.add(sql.substring(i + 1, end));
        i = end;
      } else {
        chunk.append(c);
        i++;
      }
    }
    chunks.add(chunk.toString());
    return new Parsed(chunks, names);
  }

  /** Guesses what {@code sql} does from its first keyword. */
  static StatementKind guessKind(String sql) {
    String keyword = firstKeyword(sql).toUpperCase(Locale.ROOT);
    return switch (keyword) {
      case "SELECT", "WITH", "VALUES", "TABLE", "SHOW", "EXPLAIN", "PRAGMA" -> StatementKind.SELECT;
      case "INSERT", "MERGE", "REPLACE", "UPSERT" -> StatementKind.INSERT;
      case "UPDATE" -> StatementKind.UPDATE;
      case "DELETE" -> StatementKind.DELETE;
      case "CREATE", "ALTER", "DROP", "TRUNCATE", "COMMENT", "RENAME" -> StatementKind.DDL;
      default -> StatementKind.OTHER;
    };
  }

  private static String firstKeyword(String sql) {
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
      if (Character.isWhitespace(c) || c == '(') {
        i++;
      } else if (c == '-' && next == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && next == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        int end = i;
        while (end < n && Character.isLetter(sql.charAt(end))) {
          end++;
        }
        return sql.substring(i, end);
      }
    }
    return "";
  }

  /** Copies from {@code start} through the closing {@code terminator} (or the end). */
  private static int copyUntil(
      String sql, int start, int searchFrom, String terminator, StringBuilder chunk) {
    int close = sql.indexOf(terminator, searchFrom);
    int end = close < 0 ? sql.length() : close + terminator.length();
    chunk.append(sql, start, end);
    return end;
  }

  /** The index of the closing {@code $} of a dollar-quote tag starting at {@code start}, or -1. */
  private static int dollarTagEnd(String sql, int start) {
    int i = start + 1;
    if (i < sql.length() && sql.charAt(i) == '$') {
      return i;
    }
    if (i >= sql.length() || !isNameStart(sql.charAt(i))) {
      return -1;
    }
    while (i < sql.length() && isWordChar(sql.charAt(i))) {
      i++;
    }
    return i < sql.length() && sql.charAt(i) == '$' ? i : -1;
  }

  private static char previous(String sql, int i) {
    return i > 0 ? sql.charAt(i - 1) : '\0';
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isWordChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
