package dev.cairn.orm.internal.session;

import dev.cairn.core.CairnException;
import dev.cairn.orm.annotation.GenerationStrategy;
import dev.cairn.orm.internal.flush.EntityPersister;
import dev.cairn.orm.internal.flush.FlushPlanner;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;

/**
 * The state an object gets when {@code session.add} makes it join: pending (with its key when it is
 * assigned or a client-generated UUID, which is generated now), or persistent again when it has a
 * database-generated key already (a detached object). Refuses a second instance of a row.
 */
final class NewStates {

  private NewStates() {}

  static InstanceState of(
      Object entity, EntityModel<?> model, EntityPersister persister, IdentityMap map) {
    PropertyModel generated = persister.generatedId();
    Object key = model.identifier(entity);
    InstanceState state;
    if (generated != null && key != null && !FlushPlanner.isUnset(key)) {
      state = InstanceState.reattached(entity, model, key);
    } else {
      state = InstanceState.pendingAdded(entity, model);
      if (key == null && !model.hasCompositeId()) {
        PropertyModel id = model.idProperty();
        if (id.generation() == GenerationStrategy.UUID) {
          id.set(entity, id.generateValue());
          key = model.identifier(entity);
        }
      }
      if (generated != null) {
        key = null;
      }
      state.assignKey(key);
    }
    if (key != null && map.find(model, key) != null) {
      throw new CairnException(
          "Another "
              + model.name()
              + " instance with id "
              + key
              + " is already in this session; use merge() to copy this one's state onto it");
    }
    return state;
  }
}
