package dev.cairn.orm.query;

import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.ExecutionContext;
import dev.cairn.core.engine.ExecutionListener;
import dev.cairn.core.sql.StatementKind;
import dev.cairn.orm.Query;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.internal.loading.EntityReader;
import dev.cairn.orm.internal.loading.Links;
import dev.cairn.orm.internal.loading.Loading;
import dev.cairn.orm.internal.query.DefaultQuery;
import dev.cairn.orm.internal.query.QueryContext;
import dev.cairn.orm.internal.session.DefaultSession;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A real session over a real engine for the query tests, seen through the query layer's {@link
 * QueryContext}: it counts the autoflushes the queries ask for, logs the SQL executed and the
 * bulk-change notices, and otherwise hands every call to the session.
 */
final class QueryTestSession implements QueryContext, AutoCloseable {

  final MappingModel mapping;
  final Engine engine;
  final List<String> sql = new ArrayList<>();
  final List<String> bulkChanges = new ArrayList<>();
  int autoflushes;
  private final DefaultSession owner;
  private final QueryContext session;

  QueryTestSession(TestDb db, Class<?>... entities) {
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
    SessionFactory factory = SessionFactory.builder(engine).entities(entities).build();
    this.mapping = factory.mapping();
    factory.createAll();
    sql.clear();
    this.owner = (DefaultSession) factory.openSession();
    this.session = owner.context();
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
    return session.connection();
  }

  @Override
  public void autoflush() {
    autoflushes++;
    session.autoflush();
  }

  @Override
  public IdentityMap identityMap() {
    return session.identityMap();
  }

  @Override
  public Links links() {
    return session.links();
  }

  @Override
  public <T> EntityReader<T> reader(EntityModel<T> model) {
    return session.reader(model);
  }

  @Override
  public boolean attached(Object entity) {
    return session.attached(entity);
  }

  @Override
  public boolean strictLoading() {
    return session.strictLoading();
  }

  @Override
  public int loadBatchSize() {
    return session.loadBatchSize();
  }

  @Override
  public boolean readOnly() {
    return session.readOnly();
  }

  @Override
  public Loading loading() {
    return session.loading();
  }

  @Override
  public <R> R call(Supplier<R> work) {
    return session.call(work);
  }

  @Override
  public void releaseUnchanged(List<?> entities) {
    session.releaseUnchanged(entities);
  }

  @Override
  public void afterBulkChange(EntityModel<?> model, BulkChange change) {
    bulkChanges.add(model.name() + " " + change);
    session.afterBulkChange(model, change);
  }

  @Override
  public void close() {
    owner.close();
  }
}
