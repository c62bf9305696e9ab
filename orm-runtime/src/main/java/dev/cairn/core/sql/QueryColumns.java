package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The names of a query's result columns, and typed columns of a subquery or CTE by them. */
final class QueryColumns {

  private QueryColumns() {}

  /** The name a result column has outside its query: column name or label; null if none. */
  static @Nullable String outputName(Expression<?> expression) {
    if (expression instanceof Labeled<?> labeled) {
      return labeled.label();
    }
    if (expression instanceof ColumnReference<?> column) {
      return column.name();
    }
    if (expression instanceof DerivedColumn<?> column) {
      return column.name();
    }
    return null;
  }

  /**
   * The names of all result columns of {@code query}; fails naming {@code what} if one has none.
   */
  static List<String> names(SelectQuery query, String what) {
    List<Expression<?>> columns = query.resultColumns();
    List<String> names = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      String name = outputName(columns.get(i));
      if (name == null) {
        throw new CairnException(
            "Column " + (i + 1) + " of " + what + " has no name; label it with .as(\"name\")");
      }
      names.add(name);
    }
    return names;
  }

  /** The column of {@code source} that exposes {@code expression} of its query. */
  static <T> Expression<T> column(
      FromItem source, String qualifier, SelectQuery query, Expression<T> expression) {
    List<Expression<?>> columns = query.resultColumns();
    int index = columns.indexOf(expression);
    for (int i = 0; index < 0 && i < columns.size(); i++) {
      if (columns.get(i) instanceof Labeled<?> labeled && labeled.expression().equals(expression)) {
        index = i;
      }
    }
    if (index < 0) {
      throw new CairnException(
          expression
              + " is not a result column of "
              + qualifier
              + "; select it in the subquery, or use column(name)");
    }
    String name = names(query, qualifier).get(index);
    return new DerivedColumn<>(source, qualifier, name, expression.type());
  }

  /** The column named {@code name} of {@code source}, typed as the query's column. */
  static Expression<?> column(FromItem source, String qualifier, SelectQuery query, String name) {
    List<String> names = names(query, qualifier);
    int index = names.indexOf(name);
    if (index < 0) {
      throw new CairnException(
          qualifier + " has no column '" + name + "'; its columns are " + names);
    }
    return derived(source, qualifier, name, query.resultColumns().get(index).type());
  }

  /**
   * The column named {@code name} of {@code source}, checked to hold values of {@code javaType}
   * (the query's column decides the SQL type).
   */
  @SuppressWarnings("unchecked")
  static <T> Expression<T> column(
      FromItem source, String qualifier, SelectQuery query, String name, Class<T> javaType) {
    Expression<?> column = column(source, qualifier, query, name);
    Class<?> holds = column.type().javaType();
    if (holds != javaType) {
      throw new CairnException(
          "Column "
              + qualifier
              + "."
              + name
              + " holds "
              + holds.getName()
              + " ("
              + column.type()
              + "), not "
              + javaType.getName()
              + "; look it up as column(\""
              + name
              + "\", "
              + holds.getSimpleName()
              + ".class)");
    }
    return (Expression<T>) column;
  }

  /** The column named {@code name} of {@code source}, checked to exist and typed as asked. */
  static <T> Expression<T> column(
      FromItem source, String qualifier, SelectQuery query, String name, SqlType<T> type) {
    List<String> names = names(query, qualifier);
    if (!names.contains(name)) {
      throw new CairnException(
          qualifier + " has no column '" + name + "'; its columns are " + names);
    }
    return new DerivedColumn<>(source, qualifier, name, type);
  }

  /** All result columns of {@code query} as columns of {@code source}. */
  static List<Expression<?>> all(FromItem source, String qualifier, SelectQuery query) {
    List<String> names = names(query, qualifier);
    List<Expression<?>> columns = query.resultColumns();
    List<Expression<?>> all = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      all.add(derived(source, qualifier, names.get(i), columns.get(i).type()));
    }
    return all;
  }

  private static <T> DerivedColumn<T> derived(
      FromItem source, String qualifier, String name, SqlType<T> type) {
    return new DerivedColumn<>(source, qualifier, name, type);
  }
}
