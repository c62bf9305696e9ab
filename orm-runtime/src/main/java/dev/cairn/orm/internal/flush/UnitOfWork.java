package dev.cairn.orm.internal.flush;

import dev.cairn.orm.FlushStats;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionListener;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The flush of one session, after SQLAlchemy's {@code UOWTransaction}: the cascades change the
 * object graph ({@link Cascades}), the planner turns the states into ordered actions ({@link
 * FlushPlanner}), the executor runs them in batches inside the session's {@link FlushScope}, and
 * only when all succeeded are keys, versions and snapshots written back into the objects and their
 * states. A session with nothing changed costs one pass over its states.
 */
public final class UnitOfWork {

  private final FlushContext context;
  private final FlushPlanner planner;
  private final FlushExecutor executor;
  private final Cascades cascades;

  /** The unit of work of the session behind {@code context}. */
  public UnitOfWork(FlushContext context, FlushPlanner planner, FlushExecutor executor) {
    this.context = context;
    this.planner = planner;
    this.executor = executor;
    this.cascades = new Cascades(context);
  }

  /** Adds what {@code roots} reach through save-update cascades (when they are added). */
  public void saveUpdate(List<Object> roots) {
    cascades.saveUpdate(roots);
  }

  /** The statements of {@code model}. */
  public EntityPersister persister(EntityModel<?> model) {
    return planner.persister(model);
  }

  /**
   * Writes every change of {@code session} in {@code scope}, announcing the flush to {@code
   * listeners} before and after (or its failure); returns what was written.
   */
  public FlushStats flush(FlushScope scope, Session session, List<SessionListener> listeners) {
    try {
      for (SessionListener listener : listeners) {
        listener.beforeFlush(session);
      }
      FlushStats stats = flush(scope);
      if (stats != FlushStats.EMPTY) {
        for (SessionListener listener : listeners) {
          listener.afterFlush(session);
        }
      }
      for (SessionListener listener : listeners) {
        listener.afterFlush(session, stats);
      }
      return stats;
    } catch (RuntimeException | Error e) {
      for (SessionListener listener : listeners) {
        listener.afterFlushFailure(session, e);
      }
      throw e;
    }
  }

  private FlushStats flush(FlushScope scope) {
    Set<InstanceState> touched = cascades.beforeFlush();
    List<FlushAction> actions = planner.plan(context.identityMap(), cascades.childKeys());
    if (actions.isEmpty()) {
      touched.forEach(UnitOfWork::recordRelated);
      return FlushStats.EMPTY;
    }
    scope.write(connection -> executor.execute(connection, actions));
    apply(actions);
    touched.forEach(UnitOfWork::recordRelated);
    return statsOf(actions);
  }

  /** Writes generated keys and versions into the objects and makes the written values snapshots. */
  private void apply(List<FlushAction> actions) {
    IdentityMap map = context.identityMap();
    for (FlushAction action : actions) {
      EntityModel<?> model = action.persister().model();
      PropertyModel version = model.versionProperty();
      PropertyModel generated = action.persister().generatedId();
      List<InstanceState> states = action.states();
      for (int j = 0; j < states.size(); j++) {
        InstanceState state = states.get(j);
        Object[] values = action.values().get(j);
        Object entity = state.entity();
        if (action instanceof FlushAction.Insert) {
          Object keyBefore = generated == null ? null : generated.get(entity);
          Object versionBefore = version == null ? null : version.get(entity);
          if (generated != null) {
            generated.set(entity, generated.toAttributeValue(values[generated.index()]));
          }
          setVersion(version, entity, values);
          state.inserted(values, model.identifier(entity), keyBefore, versionBefore);
          map.index(state);
          recordRelated(state);
        } else if (action instanceof FlushAction.Update) {
          setVersion(version, entity, values);
          state.updated(values);
          recordReferences(state);
        } else if (action instanceof FlushAction.Delete) {
          state.deleteFlushed(true);
        }
      }
    }
  }

  private static void setVersion(
      @Nullable PropertyModel version, Object entity, @Nullable Object[] values) {
    if (version != null) {
      version.set(entity, version.toAttributeValue(values[version.index()]));
    }
  }

  /**
   * What each relationship of {@code state}'s object holds now becomes what it held at the last
   * flush (or load): after a flush, and for an object re-attached as unchanged.
   */
  public static void recordRelated(InstanceState state) {
    Object entity = state.entity();
    for (RelationshipModel relationship : state.model().relationships()) {
      if (!relationship.kind().isCollection() && relationship.owning()) {
        if (relationship.get(entity) != null) {
          state.settle(relationship.ordinal());
        }
      } else {
        state.relate(relationship.ordinal(), RelatedChange.record(entity, relationship));
      }
    }
  }

  /** The references an UPDATE wrote (set ones) are settled. */
  private static void recordReferences(InstanceState state) {
    Object entity = state.entity();
    for (RelationshipModel relationship : state.model().relationships()) {
      if (!relationship.kind().isCollection()
          && relationship.owning()
          && relationship.get(entity) != null) {
        state.settle(relationship.ordinal());
      }
    }
  }

  private static FlushStats statsOf(List<FlushAction> actions) {
    int inserted = 0;
    int updated = 0;
    int deleted = 0;
    for (FlushAction action : actions) {
      int n = action.states().size();
      if (action instanceof FlushAction.Insert) {
        inserted += n;
      } else if (action instanceof FlushAction.Update) {
        updated += n;
      } else {
        deleted += n;
      }
    }
    return new FlushStats(inserted, updated, deleted);
  }
}
