package dev.cairn.orm.query;

import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.ExecutionContext;
import dev.cairn.core.engine.ExecutionListener;
import dev.cairn.core.engine.Row;
import dev.cairn.core.sql.StatementKind;
import dev.cairn.orm.Query;
import dev.cairn.orm.internal.SessionContext;
import dev.cairn.orm.internal.query.DefaultQuery;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A minimal {@link SessionContext} over a real engine for the query tests, until the session lands:
 * an identity map by entity and key, an autoflush counter, a log of the SQL executed and of
 * bulk-change notices (after which the entity's instances are forgotten, so queries load fresh
 * ones).
 */
final class QueryTestSession implements SessionContext, AutoCloseable {

  final MappingModel mapping;
  final Engine engine;
  final List<String> sql = new ArrayList<>();
  final List<String> bulkChanges = new ArrayList<>();
  final Map<List<Object>, Object> identityMap = new LinkedHashMap<>();
  int autoflushes;
  private @Nullable Connection connection;

  QueryTestSession(TestDb db, Class<?>... entities) {
    this.mapping = MappingModel.of(entities);
    this.engine =
        Engine.builder(db.dataSource())
            .listener(
                new ExecutionListener() {
                  @Override
                  public void beforeExecute(ExecutionContext context) {
                    if (context.kind() != StatementKind.DDL) {
                      sql.add(context.sql());
                    }
                  }
                })
            .build();
    mapping.metaData().createAll(engine);
    sql.clear();
  }

  <T> Query<T> query(Class<T> type) {
    return new DefaultQuery<>(this, mapping.entity(type));
  }

  @Override
  public MappingModel mapping() {
    return mapping;
  }

  @Override
  public Connection connection() {
    if (connection == null) {
      connection = engine.connect();
    }
    return connection;
  }

  @Override
  public void autoflush() {
    autoflushes++;
  }

  @Override
  public void releaseUnchanged(List<?> entities) {
    // this test double keeps what it loaded
  }

  @Override
  public <T> T materialize(EntityModel<T> model, Row row, int firstColumn) {
    Object[] values = new Object[model.columnProperties().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(firstColumn + i);
    }
    T fresh = model.instantiate(values);
    Object key = model.identifier(fresh);
    Object known = identityMap.putIfAbsent(List.of(model.name(), key), fresh);
    return known == null ? fresh : model.javaType().cast(known);
  }

  @Override
  public void afterBulkChange(EntityModel<?> model, BulkChange change) {
    bulkChanges.add(model.name() + " " + change);
    identityMap.keySet().removeIf(key -> key.get(0).equals(model.name()));
  }

  @Override
  public void close() {
    if (connection != null) {
      connection.close();
    }
  }
}
