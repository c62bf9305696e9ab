package dev.cairn.spring.data.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of {@code @Query} SQL as far as the start-up checks need them: words, quoted
 * identifiers, symbols and parentheses, with string literals (also PostgreSQL's {@code $tag$}
 * strings), comments and numbers skipped. When the text could be read two ways — a backslash in a
 * string literal (an escape in MariaDB, a character in standard SQL), an unterminated quote or
 * comment, a {@code #} (a comment in MariaDB) — the tokens are marked {@link #unsure()} and the
 * checks leave the SQL alone.
 */
final class SqlTokens {

  /** What a token is. */
  enum Kind {
    /** An unquoted identifier or keyword. */
    WORD,
    /** A quoted identifier: {@code "PetType"} or {@code `pet_types`}. */
    QUOTED,
    /** A Spring Data SpEL placeholder, {@code :#{...}} or {@code ?#{...}}. */
    SPEL,
    /** A named placeholder, {@code :name} (the text is the name). */
    PARAMETER,
    /** Any other character, {@code (}, {@code )}, {@code ,} and {@code .} included. */
    SYMBOL
  }

  /** One token: its kind and text (a word's text upper-cased in {@link #upper}). */
  record Token(Kind kind, String text, String upper) {

    boolean is(String word) {
      return kind == Kind.WORD && upper.equals(word);
    }

    boolean isSymbol(char c) {
      return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
    }
  }

  private final List<Token> tokens = new ArrayList<>();
  private boolean unsure;

  private SqlTokens() {}

  /** The tokens of {@code sql}. */
  static SqlTokens of(String sql) {
    SqlTokens out = new SqlTokens();
    out.read(sql);
    return out;
  }

  /** The tokens in order. */
  List<Token> list() {
    return tokens;
  }

  /** Whether the SQL could be read another way, so that no check should rely on the tokens. */
  boolean unsure() {
    return unsure;
  }

  private void read(String sql) {
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      String tag;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        i = lineEnd(sql, i);
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        i = blockCommentEnd(sql, i);
      } else if (c == '\'') {
        i = stringEnd(sql, i);
      } else if (c == '"' || c == '`') {
        int end = sql.indexOf(c, i + 1);
        if (end < 0) {
          unsure = true;
          return;
        }
        add(Kind.QUOTED, sql.substring(i + 1, end));
        i = end + 1;
      } else if (c == '$' && (tag = dollarTag(sql, i)) != null) {
        i = dollarStringEnd(sql, i, tag);
      } else if ((c == ':' || c == '?') && sql.startsWith("#{", i + 1)) {
        add(Kind.SPEL, sql.substring(i, i + 3));
        int end = sql.indexOf('}', i + 3);
        i = end < 0 ? n : end + 1;
      } else if (c == ':'
          && i + 1 < n
          && Character.isLetter(sql.charAt(i + 1))
          && (i == 0 || sql.charAt(i - 1) != ':')) {
        int end = i + 2;
        while (end < n && isWordPart(sql.charAt(end))) {
          end++;
        }
        add(Kind.PARAMETER, sql.substring(i + 1, end));
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i + 1;
        while (end < n && isWordPart(sql.charAt(end))) {
          end++;
        }
        add(Kind.WORD, sql.substring(i, end));
        i = end;
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
      } else {
        if (c == '#') {
          unsure = true;
        }
        add(Kind.SYMBOL, String.valueOf(c));
        i++;
      }
    }
  }

  private void add(Kind kind, String text) {
    tokens.add(new Token(kind, text, text.toUpperCase(Locale.ROOT)));
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static int lineEnd(String sql, int from) {
    int end = sql.indexOf('\n', from);
    return end < 0 ? sql.length() : end + 1;
  }

  /** After a block comment, nested ones included (as PostgreSQL reads them). */
  private int blockCommentEnd(String sql, int from) {
    int depth = 0;
    int i = from;
    while (i + 1 < sql.length()) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    unsure = true;
    return sql.length();
  }

  /** After a string literal ({@code ''} is a quote inside it). */
  private int stringEnd(String sql, int from) {
    int i = from + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\') {
        unsure = true;
      }
      if (c == '\'') {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    unsure = true;
    return sql.length();
  }

  /** The tag of a PostgreSQL dollar-quoted string starting at {@code from}, or null. */
  private static @Nullable String dollarTag(String sql, int from) {
    if (from > 0 && isWordPart(sql.charAt(from - 1))) {
      return null;
    }
    int i = from + 1;
    while (i < sql.length() && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_')) {
      i++;
    }
    return i < sql.length() && sql.charAt(i) == '$' ? sql.substring(from, i + 1) : null;
  }

  private int dollarStringEnd(String sql, int from, String tag) {
    int end = sql.indexOf(tag, from + tag.length());
    if (end < 0) {
      unsure = true;
      return sql.length();
    }
    return end + tag.length();
  }
}
