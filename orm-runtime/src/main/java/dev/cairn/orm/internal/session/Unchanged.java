package dev.cairn.orm.internal.session;

import dev.cairn.orm.internal.flush.DirtyCheck;
import dev.cairn.orm.internal.flush.EntityPersister;
import dev.cairn.orm.internal.loading.OrmCollection;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.RelationshipModel;
import org.jspecify.annotations.Nullable;

/**
 * Whether a persistent object is exactly as loaded: no collection loaded (a final collection, which
 * loads with its object, holding what it was filled with), each inverse reference as recorded, and
 * the columns (foreign keys included) passing the flush's dirty check. A stream releases such
 * objects once it moved past them.
 */
final class Unchanged {

  private Unchanged() {}

  static boolean test(InstanceState state, EntityPersister persister) {
    if (state.readOnly()) {
      return true;
    }
    if (state.loaded() == null) {
      return false;
    }
    Object entity = state.entity();
    for (RelationshipModel relationship : state.model().relationships()) {
      Object value = relationship.get(entity);
      if (relationship.fillsInPlace()) {
        if (!sameMembers(value, state.relatedAt(relationship.ordinal()))) {
          return false;
        }
      } else if (relationship.kind().isCollection()) {
        if (!(value instanceof OrmCollection collection) || collection.isLoaded()) {
          return false;
        }
      } else if (!relationship.owning()) {
        Object recorded = state.relatedAt(relationship.ordinal());
        if (recorded == InstanceState.UNKNOWN ? value != null : value != recorded) {
          return false;
        }
      }
    }
    return !DirtyCheck.changed(state, persister);
  }

  /** Whether a final collection holds what was recorded at its fill or last flush. */
  private static boolean sameMembers(@Nullable Object value, @Nullable Object recorded) {
    if (!(value instanceof java.util.Collection<?> members)
        || !(recorded instanceof Object[] before)
        || members.size() != before.length) {
      return false;
    }
    int i = 0;
    for (Object member : members) {
      if (member != before[i++]) {
        return false;
      }
    }
    return true;
  }
}
