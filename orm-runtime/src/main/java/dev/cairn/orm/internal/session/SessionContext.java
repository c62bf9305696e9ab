package dev.cairn.orm.internal.session;

import dev.cairn.core.engine.Connection;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.internal.flush.FlushContext;
import dev.cairn.orm.internal.loading.EntityReader;
import dev.cairn.orm.internal.loading.Links;
import dev.cairn.orm.internal.loading.Loading;
import dev.cairn.orm.internal.query.QueryContext;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the query layer, loading and the unit of work see of one {@link DefaultSession}: its states,
 * its connection, its options, and the few verbs they call back. Every entry that can run a
 * statement runs under the session's thread guard.
 */
public final class SessionContext implements QueryContext, FlushContext {

  private final DefaultSession session;

  SessionContext(DefaultSession session) {
    this.session = session;
  }

  @Override
  public <R> R call(Supplier<R> work) {
    return session.call(work);
  }

  @Override
  public MappingModel mapping() {
    return session.settings().mapping();
  }

  @Override
  public IdentityMap identityMap() {
    return session.map();
  }

  @Override
  public Connection connection() {
    return session.call(session.transaction()::connection);
  }

  @Override
  public void autoflush() {
    session.call(
        () -> {
          session.autoflushNow();
          return null;
        });
  }

  @Override
  public Links links() {
    return session.settings().links();
  }

  @Override
  public <T> EntityReader<T> reader(EntityModel<T> model) {
    return session.settings().readers().of(model);
  }

  @Override
  public boolean attached(Object entity) {
    return !session.isClosed() && session.map().state(entity) != null;
  }

  @Override
  public boolean strictLoading() {
    return session.settings().strictLoading();
  }

  @Override
  public int loadBatchSize() {
    return session.settings().loadBatchSize();
  }

  @Override
  public boolean readOnly() {
    return session.isReadOnly();
  }

  @Override
  public Loading loading() {
    return session.loading();
  }

  @Override
  public void addCascaded(Object entity) {
    session.addCascaded(entity);
  }

  @Override
  public void deleteCascaded(Object entity) {
    session.deleteCascaded(entity);
  }

  @Override
  public void releaseUnchanged(List<?> entities) {
    session.call(
        () -> {
          IdentityMap map = session.map();
          for (Object entity : entities) {
            InstanceState state = map.state(entity);
            if (state != null
                && state.lifecycle() == EntityState.PERSISTENT
                && Unchanged.test(state, session.settings().persister(state.model()))) {
              map.remove(state);
              state.detached();
            }
          }
          map.compact();
          return null;
        });
  }

  @Override
  public void afterBulkChange(EntityModel<?> model, BulkChange change) {
    session.call(
        () -> {
          session.transaction().afterBulkChange(model, change);
          return null;
        });
  }
}
