package dev.cairn.spring.data.support;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.Session;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.core.support.AbstractEntityInformation;
import org.springframework.util.ClassUtils;

/**
 * What a repository needs to know about its entity, read from Cairn's mapping: the identifier and
 * whether an instance is new. An instance is new when the session does not hold it and it has no
 * identifier (null, or 0 for a primitive), or — for an entity with {@code @Version} — no version.
 *
 * @param <T> the entity type
 * @param <ID> the identifier type
 */
public final class CairnEntityInformation<T, ID> extends AbstractEntityInformation<T, ID> {

  private final EntityModel<T> model;
  private final Session session;

  /** The information of {@code model}, whose instances' session state {@code session} tells. */
  public CairnEntityInformation(EntityModel<T> model, Session session) {
    super(model.javaType());
    this.model = model;
    this.session = session;
  }

  /** The entity's mapping. */
  public EntityModel<T> model() {
    return model;
  }

  @Override
  public boolean isNew(T entity) {
    EntityState state = session.state(entity);
    if (state == EntityState.PENDING
        || state == EntityState.PERSISTENT
        || state == EntityState.DELETED) {
      return false;
    }
    PropertyModel version = model.versionProperty();
    if (version != null && !version.javaType().isPrimitive()) {
      return version.get(entity) == null;
    }
    for (PropertyModel id : model.idProperties()) {
      Object value = id.get(entity);
      if (value == null
          || (id.javaType().isPrimitive() && value instanceof Number n && n.longValue() == 0)) {
        return true;
      }
    }
    return false;
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable ID getId(T entity) {
    return (ID) model.identifier(entity);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Class<ID> getIdType() {
    return (Class<ID>)
        (model.hasCompositeId()
            ? List.class
            : ClassUtils.resolvePrimitiveIfNecessary(model.idProperty().javaType()));
  }
}
