package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.sql.CompiledStatement;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Parameter;
import dev.cairn.core.sql.ReturningMode;
import dev.cairn.core.sql.type.JdbcCodec;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A compiled statement made ready to run: parameter and result codecs resolved once, in arrays, and
 * the result shape remembered after the first execution. Shared between threads through the cache.
 */
final class Plan {

  final CompiledStatement compiled;
  final String sql;
  final boolean generatedKeys;
  final String[] keyColumns;
  private final Dialect dialect;
  private final JdbcCodec<Object>[] parameterCodecs;
  private final Parameter[] parameters;
  private final JdbcCodec<Object>[] resultCodecs;
  private volatile @Nullable ResultShape shape;
  private volatile @Nullable LayoutSlots layoutSlots;

  private Plan(CompiledStatement compiled, Dialect dialect) {
    this.compiled = compiled;
    this.sql = compiled.sql();
    this.dialect = dialect;
    this.generatedKeys = compiled.returning() == ReturningMode.GENERATED_KEYS;
    this.keyColumns = compiled.generatedKeyColumns().toArray(new String[0]);
    this.parameters = compiled.parameters().toArray(new Parameter[0]);
    this.parameterCodecs = codecs(dialect, parameters.length);
    for (int i = 0; i < parameters.length; i++) {
      parameterCodecs[i] = codec(dialect, parameters[i].type());
    }
    List<Expression<?>> columns = compiled.resultColumns();
    this.resultCodecs = codecs(dialect, columns.size());
    for (int i = 0; i < resultCodecs.length; i++) {
      resultCodecs[i] = codec(dialect, columns.get(i).type());
    }
  }

  static Plan of(CompiledStatement compiled, Dialect dialect) {
    return new Plan(compiled, dialect);
  }

  /** Whether rows come from running the SQL as a query (SELECT, native RETURNING). */
  boolean queriesRows() {
    return compiled.returnsRows() && !generatedKeys;
  }

  /**
   * Binds every {@code ?}: fixed values as compiled, named ones from {@code values}, supplied ones
   * (client-side defaults) from their supplier, asked anew on every call.
   */
  void bind(PreparedStatement statement, Map<String, ?> values) throws SQLException {
    if (values instanceof PositionalValues positional) {
      bindPositional(statement, positional);
      return;
    }
    for (int i = 0; i < parameters.length; i++) {
      Parameter parameter = parameters[i];
      Object value = parameter.isNamed() ? named(parameter, values) : parameter.resolve();
      parameterCodecs[i].bind(statement, i + 1, value);
    }
  }

  /** Binds values given by position: each {@code ?} takes its value from a precomputed slot. */
  private void bindPositional(PreparedStatement statement, PositionalValues values)
      throws SQLException {
    int[] slots = slots(values.layout());
    for (int i = 0; i < parameters.length; i++) {
      int slot = slots[i];
      Object value = slot >= 0 ? values.at(slot) : parameters[i].resolve();
      if (value != null && slot >= 0 && !parameters[i].type().accepts(value)) {
        throw new CairnException(
            "Named parameter :"
                + parameters[i].name()
                + " expects "
                + parameters[i].type().javaType().getName()
                + " but was given a "
                + value.getClass().getName()
                + " in statement "
                + sql);
      }
      parameterCodecs[i].bind(statement, i + 1, value);
    }
  }

  /**
   * For each {@code ?}, the position in {@code layout} of its named parameter (-1 for a fixed or
   * supplied value); computed once per layout (a statement is bound with one layout in practice).
   */
  private int[] slots(ParameterLayout layout) {
    LayoutSlots known = layoutSlots;
    if (known != null && known.layout == layout) {
      return known.slots;
    }
    int[] slots = new int[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      Parameter parameter = parameters[i];
      if (!parameter.isNamed()) {
        slots[i] = -1;
        continue;
      }
      int position = layout.positionOf(java.util.Objects.requireNonNull(parameter.name()));
      if (position < 0) {
        throw new CairnException(
            "No value for named parameter :"
                + parameter.name()
                + " of statement "
                + sql
                + "; the positional layout "
                + layout
                + " has no position for it");
      }
      slots[i] = position;
    }
    layoutSlots = new LayoutSlots(layout, slots);
    return slots;
  }

  /** The slots of the last layout bound. */
  private record LayoutSlots(ParameterLayout layout, int[] slots) {}

  /** The value of a named parameter, checked against its type. */
  @Nullable Object named(Parameter parameter, Map<String, ?> values) {
    String name = parameter.name();
    Object value = values.get(name);
    if (value == null && !values.containsKey(name)) {
      throw new CairnException(
          "No value for named parameter :"
              + name
              + " of statement "
              + sql
              + "; pass it in the parameter map (given: "
              + values.keySet()
              + ")");
    }
    if (value != null && !parameter.type().accepts(value)) {
      throw new CairnException(
          "Named parameter :"
              + name
              + " expects "
              + parameter.type().javaType().getName()
              + " but was given a "
              + value.getClass().getName()
              + " in statement "
              + sql);
    }
    return value;
  }

  /** The parameters as compiled. */
  Parameter[] parameters() {
    return parameters;
  }

  /** The shape of rows read from {@code resultSet}, built on first use and then reused. */
  ResultShape shape(ResultSet resultSet) throws SQLException {
    ResultSetMetaData metaData = resultSet.getMetaData();
    int count = metaData.getColumnCount();
    ResultShape known = shape;
    if (known != null && known.size() == count) {
      return known;
    }
    String[] labels = new String[count];
    boolean keyLabels = generatedKeys && keyColumns.length == count;
    for (int i = 0; i < count; i++) {
      labels[i] = keyLabels ? keyColumns[i] : metaData.getColumnLabel(i + 1);
    }
    JdbcCodec<Object>[] codecs = codecs(dialect, count);
    JdbcCodec<Object> object = codec(dialect, SqlTypes.OBJECT);
    for (int i = 0; i < count; i++) {
      codecs[i] = i < resultCodecs.length ? resultCodecs[i] : object;
    }
    ResultShape built = new ResultShape(labels, codecs, compiled.resultColumns(), dialect);
    shape = built;
    return built;
  }

  @SuppressWarnings("unchecked")
  private static JdbcCodec<Object> codec(Dialect dialect, SqlType<?> type) {
    return (JdbcCodec<Object>) dialect.types().codec(type);
  }

  @SuppressWarnings("unchecked")
  private static JdbcCodec<Object>[] codecs(Dialect dialect, int length) {
    return (JdbcCodec<Object>[]) new JdbcCodec<?>[length];
  }
}
