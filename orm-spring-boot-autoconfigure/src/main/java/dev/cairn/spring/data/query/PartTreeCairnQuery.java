package dev.cairn.spring.data.query;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Criterion;
import dev.cairn.orm.Query;
import dev.cairn.orm.Session;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * A query derived from a method name ({@code findTop3ByAuthorNameOrderByTitle}) by Spring Data's
 * {@link PartTree}, run as a Cairn {@link Query}: conditions become criteria (paths through
 * relationships become {@code EXISTS}, so every entity comes once — {@code Distinct} changes
 * nothing), {@code OrderBy} and a {@code Sort}/{@code Pageable} parameter become orderings. {@code
 * countBy}, {@code existsBy} and {@code deleteBy} (which loads the entities and deletes each
 * through the session, so cascades apply) are supported. Record and interface projections are made
 * from the loaded entities.
 *
 * @param <T> the entity type
 */
final class PartTreeCairnQuery<T> implements RepositoryQuery {

  private final CairnQueryMethod method;
  private final Session session;
  private final EntityModel<T> model;
  private final PartTree tree;
  private final DerivedCriteria criteria;
  private final @Nullable ResultShape shape;
  private final Projector projector;
  private final @Nullable LoadOptions loads;

  PartTreeCairnQuery(
      CairnQueryMethod method,
      Session session,
      EntityModel<T> model,
      MappingModel mapping,
      PartTree tree,
      Projector projector,
      @Nullable LoadOptions loads) {
    this.method = method;
    this.session = session;
    this.model = model;
    this.tree = tree;
    this.projector = projector;
    this.loads = loads;
    if (loads != null && (tree.isCountProjection() || tree.isExistsProjection())) {
      throw method.failure(
          "@LoadPlan loads the entities a query returns, and a "
              + (tree.isCountProjection() ? "count" : "exists")
              + " query returns none",
          "remove @LoadPlan");
    }
    this.criteria = DerivedCriteria.check(method, tree, model, mapping);
    this.shape =
        tree.isCountProjection() || tree.isExistsProjection() || tree.isDelete()
            ? null
            : ResultShape.of(method);
    checkReturnType();
    try {
      SortOrderings.check(model, tree.getSort());
    } catch (CairnException e) {
      throw method.failure(
          "its OrderBy cannot be applied (" + e.getMessage() + ")",
          "order by a column property of " + model.name() + " or of an entity it references");
    }
  }

  private void checkReturnType() {
    Class<?> type = method.method().getReturnType();
    if (tree.isCountProjection() && !Counts.isCount(type)) {
      throw method.failure(
          "a count query returns " + type.getSimpleName(), "return long, int, Long or Integer");
    }
    if (tree.isExistsProjection() && type != boolean.class && type != Boolean.class) {
      throw method.failure(
          "an exists query returns " + type.getSimpleName(), "return boolean or Boolean");
    }
    if (tree.isDelete()
        && !Counts.isCount(type)
        && type != void.class
        && !type.isAssignableFrom(List.class)) {
      throw method.failure(
          "a delete query returns " + type.getSimpleName(),
          "return void, long, int or a List of the deleted entities");
    }
    if (shape != null) {
      Projector.checkRecord(method, model, method.getReturnedObjectType());
    }
  }

  @Override
  public @Nullable Object execute(@Nullable Object[] parameters) {
    ParametersParameterAccessor accessor =
        new ParametersParameterAccessor(method.getParameters(), parameters);
    @Nullable Object[] values = method.bindableValues(accessor);
    Query<T> query = session.query(model.javaType());
    Criterion<T> criterion = criteria.criterion(values);
    if (criterion != null) {
      query = query.filter(criterion);
    }
    if (tree.isCountProjection()) {
      return Counts.as(query.count(), method.method().getReturnType());
    }
    if (tree.isExistsProjection()) {
      return query.exists();
    }
    if (loads != null) {
      query = loads.apply(query);
    }
    if (tree.isDelete()) {
      return delete(query);
    }
    Sort sort = tree.getSort().and(accessor.getSort());
    Query<T> sorted = SortOrderings.apply(query, model, sort);
    Class<?> returned = method.returnedType(accessor);
    Projector.checkRecord(method, model, returned);
    ResultShape.Source source = source(sorted);
    ResultShape shape = Objects.requireNonNull(this.shape, "a find query has a result shape");
    return shape.run(
        source,
        accessor.getPageable(),
        method.getParameters().hasLimitParameter()
            ? maxResults(accessor.getLimit())
            : tree.getMaxResults(),
        entity -> projector.fromEntity(model, entity, returned));
  }

  /**
   * Top/First of the name, lowered by a {@code Limit} parameter (only that: the accessor also turns
   * a {@code Pageable} into a limit, which paging applies itself).
   */
  private @Nullable Integer maxResults(Limit limit) {
    Integer top = tree.getMaxResults();
    if (limit.isUnlimited()) {
      return top;
    }
    return top == null ? limit.max() : Math.min(top, limit.max());
  }

  private ResultShape.Source source(Query<T> query) {
    return new ResultShape.Source() {
      @Override
      public List<?> fetch(long offset, @Nullable Long limit) {
        Query<T> q = offset > 0 ? query.offset(offset) : query;
        return (limit == null ? q : q.limit(limit)).all();
      }

      @Override
      public long count() {
        return query.count(); // the load options do not apply to a count: it loads nothing
      }

      @Override
      public Stream<?> stream(@Nullable Long limit) {
        Query<T> q = limit == null ? query : query.limit(limit);
        return q.stream();
      }
    };
  }

  private @Nullable Object delete(Query<T> query) {
    List<T> deleted = new ArrayList<>(query.all());
    for (T entity : deleted) {
      session.delete(entity);
    }
    Class<?> type = method.method().getReturnType();
    if (type == void.class) {
      return null;
    }
    return Counts.isCount(type) ? Counts.as(deleted.size(), type) : deleted;
  }

  @Override
  public CairnQueryMethod getQueryMethod() {
    return method;
  }
}
