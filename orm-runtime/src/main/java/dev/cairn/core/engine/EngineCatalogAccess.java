package dev.cairn.core.engine;

import dev.cairn.core.schema.reflect.CatalogAccess;
import dev.cairn.core.schema.reflect.CatalogQueries;
import dev.cairn.core.schema.reflect.CatalogRow;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.TextSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs an inspector's catalog work on one connection of the engine: each catalog query is text SQL
 * executed like any statement, so it is logged, listened to and its errors translated.
 */
final class EngineCatalogAccess implements CatalogAccess {

  private final Engine engine;

  EngineCatalogAccess(Engine engine) {
    this.engine = engine;
  }

  @Override
  public <R> R read(Function<CatalogQueries, ? extends R> work) {
    try (Connection connection = engine.connect()) {
      return work.apply((sql, parameters) -> query(connection, sql, parameters));
    }
  }

  private static List<CatalogRow> query(
      Connection connection, String sql, Map<String, ?> parameters) {
    TextSql statement = Sql.text(sql);
    for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
      statement = statement.bind(parameter.getKey(), parameter.getValue());
    }
    List<Row> rows = connection.execute(statement).all();
    List<CatalogRow> catalogRows = new ArrayList<>(rows.size());
    for (Row row : rows) {
      catalogRows.add(row::get);
    }
    return catalogRows;
  }
}
