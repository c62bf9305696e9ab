package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.List;

/** A named query of a WITH clause; renders as its name in FROM. */
record DefaultCommonTableExpression(String name, SelectQuery query)
    implements CommonTableExpression {

  @Override
  public <T> Expression<T> column(Expression<T> resultColumn) {
    return QueryColumns.column(this, name, query, resultColumn);
  }

  @Override
  public Expression<?> column(String columnName) {
    return QueryColumns.column(this, name, query, columnName);
  }

  @Override
  public <T> Expression<T> column(String columnName, Class<T> javaType) {
    return QueryColumns.column(this, name, query, columnName, javaType);
  }

  @Override
  public <T> Expression<T> column(String columnName, SqlType<T> type) {
    return QueryColumns.column(this, name, query, columnName, type);
  }

  @Override
  public CommonTableExpression unionAll(SelectQuery recursivePart) {
    return new DefaultCommonTableExpression(name, query.unionAll(recursivePart));
  }

  @Override
  public CommonTableExpression union(SelectQuery recursivePart) {
    return new DefaultCommonTableExpression(name, query.union(recursivePart));
  }

  @Override
  public List<? extends Expression<?>> exportedColumns() {
    return QueryColumns.all(this, name, query);
  }

  @Override
  public void render(RenderContext context) {
    context.identifier(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
