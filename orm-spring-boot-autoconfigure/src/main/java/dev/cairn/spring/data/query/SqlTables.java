package dev.cairn.spring.data.query;

import dev.cairn.spring.data.query.SqlTokens.Kind;
import dev.cairn.spring.data.query.SqlTokens.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tables a SQL statement names where a table is expected — after {@code FROM}, {@code JOIN},
 * {@code UPDATE} and {@code INTO}, in the statement and its subqueries — with their aliases, the
 * names of its common table expressions, and the single word a top-level {@code SELECT w FROM}
 * selects. Only plain unquoted names count: a quoted, schema-qualified or function-call name (a
 * table function) is not listed, since the checks leave what they cannot judge alone.
 */
final class SqlTables {

  /** A table named by {@code keyword} ({@code FROM}, {@code JOIN}, ...), and its alias if any. */
  record Reference(String keyword, String name, @Nullable String alias) {}

  /** Words that end a table reference instead of aliasing it. */
  private static final Set<String> CLAUSES =
      Set.of(
          "WHERE",
          "JOIN",
          "INNER",
          "LEFT",
          "RIGHT",
          "FULL",
          "CROSS",
          "NATURAL",
          "ON",
          "USING",
          "GROUP",
          "ORDER",
          "HAVING",
          "LIMIT",
          "OFFSET",
          "UNION",
          "EXCEPT",
          "INTERSECT",
          "MINUS",
          "WINDOW",
          "FOR",
          "SET",
          "VALUES",
          "RETURNING",
          "FETCH",
          "STRAIGHT_JOIN",
          "LATERAL",
          "TABLESAMPLE",
          "USE",
          "FORCE",
          "IGNORE",
          "PARTITION",
          "SELECT",
          "WITH",
          "QUALIFY",
          "LOCK",
          "DEFAULT",
          "OUTER",
          "OUTFILE",
          "DUMPFILE",
          "WHEN",
          "START",
          "CONNECT");

  /** Words a query or DML statement starts with. */
  private static final Set<String> STATEMENTS =
      Set.of("SELECT", "WITH", "VALUES", "UPDATE", "DELETE", "INSERT", "MERGE", "REPLACE");

  private final List<Token> tokens;
  private final int[] closing;
  private final List<Reference> references = new ArrayList<>();
  private final Set<String> cteNames = new HashSet<>();

  private SqlTables(List<Token> tokens) {
    this.tokens = tokens;
    this.closing = closingParentheses(tokens);
  }

  /** The tables of {@code tokens}; none when the statement is not a query or DML. */
  static SqlTables of(List<Token> tokens) {
    SqlTables tables = new SqlTables(tokens);
    if (!tokens.isEmpty() && STATEMENTS.contains(tokens.get(0).upper())) {
      tables.scan();
    }
    return tables;
  }

  /** The table references in order. */
  List<Reference> references() {
    return references;
  }

  /** Whether {@code name} is a common table expression's name (upper-cased comparison). */
  boolean isCte(String name) {
    return cteNames.contains(name.toUpperCase(Locale.ROOT));
  }

  /**
   * The one word a top-level {@code SELECT [DISTINCT] w FROM} selects ({@code p} in {@code SELECT p
   * FROM Pet p}), or null when it selects anything else.
   */
  @Nullable String selectedWord() {
    int i = 0;
    if (tokens.size() < 3 || !tokens.get(0).is("SELECT")) {
      return null;
    }
    i++;
    if (tokens.get(i).is("DISTINCT")) {
      i++;
    }
    if (i + 1 < tokens.size()
        && tokens.get(i).kind() == Kind.WORD
        && tokens.get(i + 1).is("FROM")) {
      return tokens.get(i).text();
    }
    return null;
  }

  private void scan() {
    Deque<Boolean> queryGroups = new ArrayDeque<>();
    boolean inQuery = true;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isSymbol('(')) {
        queryGroups.push(inQuery);
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        inQuery = next != null && STATEMENTS.contains(next.upper());
        cte(i);
        continue;
      }
      if (token.isSymbol(')')) {
        inQuery = queryGroups.isEmpty() || queryGroups.pop();
        continue;
      }
      if (!inQuery || token.kind() != Kind.WORD) {
        continue;
      }
      if (token.is("FROM") && !after(i, "DISTINCT")) {
        list(i + 1, "FROM");
      } else if (token.upper().endsWith("JOIN")) {
        item(i + 1, token.upper(), false);
      } else if (token.is("UPDATE") && !after(i, "FOR") && !after(i, "KEY") && !after(i, "DO")) {
        item(i + 1, "UPDATE", false);
      } else if (token.is("INTO")) {
        item(i + 1, "INTO", true);
      }
    }
  }

  /** Records the name before {@code AS (} (or {@code (columns) AS (}) at {@code open}. */
  private void cte(int open) {
    if (open >= 2 && tokens.get(open - 1).is("AS") && tokens.get(open - 2).kind() == Kind.WORD) {
      Token name = tokens.get(open - 2);
      cteNames.add(name.upper());
    }
    int close = closing[open];
    if (open >= 1
        && close > 0
        && close + 2 < tokens.size()
        && tokens.get(close + 1).is("AS")
        && tokens.get(close + 2).isSymbol('(')
        && tokens.get(open - 1).kind() == Kind.WORD) {
      cteNames.add(tokens.get(open - 1).upper());
    }
  }

  /** The comma-separated items of a FROM clause starting at {@code i}. */
  private void list(int i, String keyword) {
    int next = item(i, keyword, false);
    while (next > 0 && next < tokens.size() && tokens.get(next).isSymbol(',')) {
      next = item(next + 1, keyword, false);
    }
  }

  /**
   * Records the table reference at {@code i}; returns the index after it (and its alias), or -1
   * when it is not a plain table name.
   */
  private int item(int start, String keyword, boolean columnsMayFollow) {
    int i = start;
    while (i < tokens.size()
        && (tokens.get(i).is("ONLY")
            || tokens.get(i).is("LATERAL")
            || tokens.get(i).is("LOW_PRIORITY")
            || tokens.get(i).is("IGNORE"))) {
      i++;
    }
    if (i >= tokens.size()) {
      return -1;
    }
    Token name = tokens.get(i);
    if (name.isSymbol('(')) {
      return alias(closing[i] < 0 ? tokens.size() : closing[i] + 1, null, keyword);
    }
    if (name.kind() != Kind.WORD || CLAUSES.contains(name.upper())) {
      return -1;
    }
    Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (after != null && (after.isSymbol('.') || (after.isSymbol('(') && !columnsMayFollow))) {
      return -1;
    }
    return alias(i + 1, name.text(), keyword);
  }

  /** Reads an optional alias at {@code i}, records {@code name} (when not null) with it. */
  private int alias(int start, @Nullable String name, String keyword) {
    int i = start;
    String alias = null;
    if (i < tokens.size() && tokens.get(i).is("AS")) {
      i++;
    }
    if (i < tokens.size()
        && tokens.get(i).kind() == Kind.WORD
        && !CLAUSES.contains(tokens.get(i).upper())) {
      alias = tokens.get(i).text();
      i++;
    }
    if (name != null) {
      references.add(new Reference(keyword, name, alias));
    }
    return i;
  }

  private boolean after(int i, String word) {
    return i > 0 && tokens.get(i - 1).is(word);
  }

  /** For each {@code (}, the index of its {@code )} (-1 when unbalanced); -1 elsewhere. */
  private static int[] closingParentheses(List<Token> tokens) {
    int[] closing = new int[tokens.size()];
    java.util.Arrays.fill(closing, -1);
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isSymbol('(')) {
        open.push(i);
      } else if (tokens.get(i).isSymbol(')') && !open.isEmpty()) {
        closing[open.pop()] = i;
      }
    }
    return closing;
  }
}
