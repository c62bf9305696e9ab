package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.ColumnReference;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.SqlDialect;
import dev.cairn.core.sql.type.JdbcCodec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a result: labels, codecs, and lookups from label and from selected expression to
 * index, all built once per statement shape and shared by every row of every execution.
 */
final class ResultShape {

  static final ResultShape EMPTY =
      new ResultShape(new String[0], newCodecs(0), List.<Expression<?>>of());

  private static final int AMBIGUOUS = -2;

  private final String[] labels;
  private final List<String> labelList;
  private final JdbcCodec<Object>[] codecs;
  private final Map<String, Integer> byLabel = new HashMap<>();
  private final Map<String, Integer> byFoldedLabel = new HashMap<>();
  private final Map<Expression<?>, Integer> byIdentity = new IdentityHashMap<>();
  private final Map<Expression<?>, Integer> byEquality = new HashMap<>();
  private final Map<Class<?>, RecordMapper<?>> mappers = new ConcurrentHashMap<>();

  private final @Nullable SqlDialect dialect;

  ResultShape(String[] labels, JdbcCodec<Object>[] codecs, List<Expression<?>> expressions) {
    this(labels, codecs, expressions, null);
  }

  /** A shape whose errors show an expression as its SQL in {@code dialect}. */
  ResultShape(
      String[] labels,
      JdbcCodec<Object>[] codecs,
      List<Expression<?>> expressions,
      @Nullable SqlDialect dialect) {
    this.dialect = dialect;
    this.labels = labels;
    this.labelList = List.of(labels);
    this.codecs = codecs;
    for (int i = 0; i < labels.length; i++) {
      byLabel.merge(labels[i], i, (a, b) -> AMBIGUOUS);
      byFoldedLabel.merge(labels[i].toLowerCase(Locale.ROOT), i, (a, b) -> AMBIGUOUS);
    }
    for (int i = 0; i < Math.min(labels.length, expressions.size()); i++) {
      byIdentity.putIfAbsent(expressions.get(i), i);
      byEquality.putIfAbsent(expressions.get(i), i);
    }
  }

  int size() {
    return labels.length;
  }

  List<String> labels() {
    return labelList;
  }

  String label(int index) {
    return labels[index];
  }

  /** Reads the current row of {@code resultSet}. */
  Object[] read(ResultSet resultSet) throws SQLException {
    Object[] values = new Object[codecs.length];
    for (int i = 0; i < codecs.length; i++) {
      values[i] = codecs[i].read(resultSet, i + 1);
    }
    return values;
  }

  int indexOf(String label) {
    Integer index = byLabel.get(label);
    if (index == null) {
      index = byFoldedLabel.get(label.toLowerCase(Locale.ROOT));
    }
    if (index == null) {
      throw new CairnException(
          "No column labelled '" + label + "' in this result; the columns are " + labelList);
    }
    if (index == AMBIGUOUS) {
      throw new CairnException(
          "More than one column is labelled '"
              + label
              + "' in this result "
              + labelList
              + "; give them distinct labels with .as(\"...\") or read them by position");
    }
    return index;
  }

  int indexOf(Expression<?> expression) {
    Integer index = byIdentity.get(expression);
    if (index == null) {
      index = byEquality.get(expression);
    }
    if (index == null) {
      throw new CairnException(
          "The expression "
              + describe(expression)
              + " is not a column of this result; select it, or read by label from "
              + labelList
              + (byEquality.isEmpty() ? " (a text statement declares no result expressions)" : ""));
    }
    return index;
  }

  /** A column as {@code table.name}, any other expression as its SQL where the dialect is known. */
  private String describe(Expression<?> expression) {
    if (expression instanceof ColumnReference<?> || dialect == null) {
      return expression.toString();
    }
    try {
      return new RenderContext(dialect).visit(expression).sqlSoFar();
    } catch (RuntimeException e) {
      return expression.toString();
    }
  }

  @SuppressWarnings("unchecked")
  <R extends Record> RecordMapper<R> mapper(Class<R> type) {
    return (RecordMapper<R>) mappers.computeIfAbsent(type, t -> RecordMapper.create(type, this));
  }

  @Override
  public String toString() {
    return Arrays.toString(labels);
  }

  @SuppressWarnings("unchecked")
  private static JdbcCodec<Object>[] newCodecs(int length) {
    return (JdbcCodec<Object>[]) new JdbcCodec<?>[length];
  }
}
