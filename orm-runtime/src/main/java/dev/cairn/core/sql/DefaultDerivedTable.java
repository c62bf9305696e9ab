package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.List;

/** A subquery in FROM under an alias. */
record DefaultDerivedTable(String alias, SelectQuery query) implements DerivedTable {

  @Override
  public <T> Expression<T> column(Expression<T> resultColumn) {
    return QueryColumns.column(this, alias, query, resultColumn);
  }

  @Override
  public Expression<?> column(String columnName) {
    return QueryColumns.column(this, alias, query, columnName);
  }

  @Override
  public <T> Expression<T> column(String columnName, Class<T> javaType) {
    return QueryColumns.column(this, alias, query, columnName, javaType);
  }

  @Override
  public <T> Expression<T> column(String name, SqlType<T> type) {
    return QueryColumns.column(this, alias, query, name, type);
  }

  @Override
  public List<? extends Expression<?>> exportedColumns() {
    return QueryColumns.all(this, alias, query);
  }

  @Override
  public void render(RenderContext context) {
    context.sql('(').visit(query).sql(") AS ").identifier(alias);
  }

  @Override
  public String toString() {
    return alias;
  }
}
