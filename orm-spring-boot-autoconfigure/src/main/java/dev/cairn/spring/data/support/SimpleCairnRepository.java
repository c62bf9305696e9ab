package dev.cairn.spring.data.support;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.Query;
import dev.cairn.orm.Session;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.spring.data.CairnRepository;
import dev.cairn.spring.data.query.LoadOptions;
import dev.cairn.spring.data.query.SortOrderings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementation behind every {@link CairnRepository}: CRUD, paging and sorting over the {@link
 * Session}. Reads run in read-only transactions and writes in read-write ones (when Spring manages
 * transactions). {@code save} adds a new entity (inserting it at once when the database generates
 * its key, so the key is set on return) or merges a detached one; {@code delete} goes through
 * {@link Session#delete}, so deletes cascade as mapped; {@link #deleteAllInBatch()} is the one bulk
 * DELETE, bypassing cascades. {@code findById}, {@code findAll} and {@code findAllById} apply the
 * {@link dev.cairn.spring.data.LoadPlan @LoadPlan} of the repository interface's redeclaration of
 * the method being called.
 *
 * @param <T> the entity type
 * @param <ID> the identifier type
 */
@Transactional(readOnly = true)
public class SimpleCairnRepository<T, ID> implements CairnRepository<T, ID> {

  private final CairnEntityInformation<T, ID> entity;
  private final EntityModel<T> model;
  private final Session session;
  private final boolean databaseKey;

  /** A repository of {@code entity}'s type over {@code session}. */
  public SimpleCairnRepository(CairnEntityInformation<T, ID> entity, Session session) {
    this.entity = entity;
    this.model = entity.model();
    this.session = session;
    this.databaseKey = !model.hasCompositeId() && model.idProperty().generatedByDatabase();
  }

  /**
   * Adds a new {@code instance} to the session, or merges a detached one, and returns the managed
   * instance. A new entity whose key the database generates (identity or sequence) is inserted at
   * once, with whatever else the session holds pending, so that {@code save(x).getId()} is set — as
   * Hibernate inserts at {@code persist} for identity keys. Other new entities (UUID or assigned
   * keys) are inserted at the next flush; use {@link #saveAll} to insert many in one batch.
   */
  @Override
  @Transactional
  public <S extends T> S save(S instance) {
    requireNonNull(instance, "save");
    S saved = stage(instance);
    if (databaseKey && session.state(saved) == EntityState.PENDING) {
      session.flush();
    }
    return saved;
  }

  /** Adds or merges every instance, then writes them in one flush (batched inserts). */
  @Override
  @Transactional
  public <S extends T> List<S> saveAll(Iterable<S> instances) {
    requireNonNull(instances, "saveAll");
    List<S> saved = new ArrayList<>();
    for (S instance : instances) {
      saved.add(stage(instance));
    }
    session.flush();
    return saved;
  }

  /** {@code instance} in the session: as it is when held, added when new, else merged. */
  private <S extends T> S stage(S instance) {
    if (session.contains(instance)) {
      return instance;
    }
    if (entity.isNew(instance)) {
      session.add(instance);
      return instance;
    }
    return session.merge(instance);
  }

  @Override
  @Transactional
  public <S extends T> S saveAndFlush(S instance) {
    S saved = save(instance);
    session.flush();
    return saved;
  }

  @Override
  @Transactional
  public void flush() {
    session.flush();
  }

  @Override
  public Optional<T> findById(ID id) {
    requireNonNull(id, "findById");
    LoadOptions options = CrudLoadPlans.current(this);
    if (options == null) {
      return Optional.ofNullable(session.get(model.javaType(), id));
    }
    return Optional.ofNullable(byId(options.apply(query()), id).oneOrNull());
  }

  @Override
  public boolean existsById(ID id) {
    requireNonNull(id, "existsById");
    return session.get(model.javaType(), id) != null;
  }

  @Override
  public List<T> findAll() {
    return loading(query()).all();
  }

  @Override
  public List<T> findAll(Sort sort) {
    return SortOrderings.apply(loading(query()), model, sort).all();
  }

  @Override
  public Page<T> findAll(Pageable pageable) {
    if (pageable.isUnpaged()) {
      return new org.springframework.data.domain.PageImpl<>(findAll(pageable.getSort()));
    }
    Query<T> sorted = SortOrderings.apply(loading(query()), model, pageable.getSort());
    List<T> content = sorted.offset(pageable.getOffset()).limit(pageable.getPageSize()).all();
    // the count runs without the load options: it loads nothing
    return PageableExecutionUtils.getPage(content, pageable, () -> query().count());
  }

  @Override
  public List<T> findAllById(Iterable<ID> ids) {
    requireNonNull(ids, "findAllById");
    List<ID> list = new ArrayList<>();
    ids.forEach(list::add);
    if (list.isEmpty()) {
      return List.of();
    }
    LoadOptions options = CrudLoadPlans.current(this);
    if (model.hasCompositeId()) {
      List<T> found = new ArrayList<>();
      for (ID id : list) {
        T instance =
            options == null
                ? session.get(model.javaType(), id)
                : byId(options.apply(query()), id).oneOrNull();
        if (instance != null) {
          found.add(instance);
        }
      }
      return found;
    }
    return (options == null ? query() : options.apply(query()))
        .filter(Criteria.<T, Object>named(model.idProperty().name()).in(List.copyOf(list)))
        .all();
  }

  @Override
  public long count() {
    return query().count();
  }

  @Override
  @Transactional
  public void deleteById(ID id) {
    requireNonNull(id, "deleteById");
    T instance = session.get(model.javaType(), id);
    if (instance != null) {
      session.delete(instance);
    }
  }

  @Override
  @Transactional
  public void delete(T instance) {
    requireNonNull(instance, "delete");
    if (session.contains(instance)) {
      session.delete(instance);
      return;
    }
    if (entity.isNew(instance)) {
      return;
    }
    ID id = entity.getId(instance);
    T managed = id == null ? null : session.get(model.javaType(), id);
    if (managed != null) {
      session.delete(managed);
    }
  }

  @Override
  @Transactional
  @SuppressWarnings("unchecked")
  public void deleteAllById(Iterable<? extends ID> ids) {
    requireNonNull(ids, "deleteAllById");
    for (T instance : findAllById((Iterable<ID>) ids)) {
      session.delete(instance);
    }
  }

  @Override
  @Transactional
  public void deleteAll(Iterable<? extends T> instances) {
    requireNonNull(instances, "deleteAll");
    for (T instance : instances) {
      delete(instance);
    }
  }

  @Override
  @Transactional
  public void deleteAll() {
    for (T instance : query().all()) {
      session.delete(instance);
    }
  }

  @Override
  @Transactional
  public long deleteAllInBatch() {
    return query().delete();
  }

  private Query<T> query() {
    return session.query(model.javaType());
  }

  /** {@code query} with the load options of the redeclared CRUD method being called, if any. */
  private Query<T> loading(Query<T> query) {
    LoadOptions options = CrudLoadPlans.current(this);
    return options == null ? query : options.apply(query);
  }

  /** {@code query} restricted to the key {@code id} (a List of values for a composite key). */
  private Query<T> byId(Query<T> query, Object id) {
    if (!model.hasCompositeId()) {
      return query.filterBy(model.idProperty().name(), id);
    }
    List<?> values = id instanceof List<?> list ? list : List.of(id);
    List<PropertyModel> keys = model.idProperties();
    if (values.size() != keys.size()) {
      throw new CairnException(
          "findById of "
              + model.name()
              + " was given "
              + values.size()
              + " key value(s) but the key has "
              + keys.size()
              + "; pass a List of one value per @Id field, in declaration order");
    }
    Query<T> restricted = query;
    for (int i = 0; i < keys.size(); i++) {
      restricted = restricted.filterBy(keys.get(i).name(), values.get(i));
    }
    return restricted;
  }

  private void requireNonNull(@Nullable Object argument, String method) {
    if (argument == null) {
      throw new CairnException(
          "Repository method "
              + method
              + " of "
              + model.name()
              + " was given null; pass a non-null value");
    }
  }
}
