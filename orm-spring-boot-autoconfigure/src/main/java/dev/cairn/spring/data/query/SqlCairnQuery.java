package dev.cairn.spring.data.query;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.Row;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.TextSql;
import dev.cairn.orm.Session;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.spring.data.Modifying;
import dev.cairn.spring.data.Query;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.RepositoryQuery;

/**
 * A repository method running the SQL of its {@link Query @Query}: rows map to the entity (through
 * the session's identity map; also another mapped entity than the repository's), a record, an
 * interface projection or a scalar; {@link dev.cairn.spring.data.LoadPlan @LoadPlan} options load
 * the relationships of the entities; a {@code Page} adds {@code LIMIT}/{@code OFFSET} and runs the
 * count query; {@link Modifying @Modifying} SQL returns the number of rows changed.
 */
final class SqlCairnQuery implements RepositoryQuery {

  private static final String LIMIT = "cairn_limit";
  private static final String OFFSET = "cairn_offset";

  private final CairnQueryMethod method;
  private final Session session;
  private final Projector projector;
  private final SqlParameters parameters;
  private final @Nullable SqlParameters countParameters;
  private final @Nullable Modifying modifying;
  private final @Nullable ResultShape shape;
  private final @Nullable LoadOptions loads;
  private final MappingModel mapping;

  SqlCairnQuery(
      CairnQueryMethod method,
      Query query,
      Session session,
      Projector projector,
      @Nullable LoadOptions loads,
      MappingModel mapping) {
    this.method = method;
    this.session = session;
    this.projector = projector;
    this.loads = loads;
    this.mapping = mapping;
    this.modifying = method.modifying();
    if (loads != null
        && !method.getParameters().hasDynamicProjection()
        && entityType(method, method.getReturnedObjectType(), mapping) == null) {
      throw method.failure(
          "@LoadPlan loads the relationships of entities, and the method returns "
              + method.getReturnedObjectType().getSimpleName()
              + " rows",
          "return " + method.domainClass().getSimpleName() + " or remove @LoadPlan");
    }
    if (method.getParameters().hasSortParameter()) {
      throw method.failure("a @Query method cannot take a Sort", "write the ORDER BY into the SQL");
    }
    this.parameters = SqlParameters.check(method, query.value());
    String count = query.countQuery().isEmpty() ? null : query.countQuery();
    this.countParameters = count == null ? null : SqlParameters.check(method, count);
    if (modifying != null) {
      Class<?> type = method.method().getReturnType();
      if (type != void.class && !Counts.isCount(type)) {
        throw method.failure(
            "a @Modifying query returns " + type.getSimpleName(),
            "return void, int or long (the number of rows changed)");
      }
      this.shape = null;
    } else {
      this.shape = ResultShape.of(method);
    }
  }

  @Override
  public @Nullable Object execute(@Nullable Object[] arguments) {
    ParametersParameterAccessor accessor =
        new ParametersParameterAccessor(method.getParameters(), arguments);
    @Nullable Object[] values = method.bindableValues(accessor);
    if (modifying != null) {
      return modify(modifying, values);
    }
    Pageable pageable = accessor.getPageable();
    if (pageable.getSort().isSorted()) {
      throw new CairnException(
          "Query method "
              + method.description()
              + " was given a sorted Pageable; its @Query SQL sorts itself: write the ORDER BY"
              + " into the SQL and pass an unsorted Pageable");
    }
    Class<?> returned = method.returnedType(accessor);
    Class<?> entityType = entityType(method, returned, mapping);
    boolean entities = entityType != null;
    boolean paged = pageable.isPaged();
    ResultShape.Source source =
        new ResultShape.Source() {
          @Override
          public List<?> fetch(long offset, @Nullable Long max) {
            // Only a Pageable adds LIMIT/OFFSET to the SQL; other shapes read what it returns.
            Long limit = paged ? max : null;
            TextSql text = parameters.bind(Sql.text(sql(offset, limit)), values);
            if (limit != null) {
              text = text.bind(LIMIT, limit);
            }
            if (offset > 0) {
              text = text.bind(OFFSET, offset);
            }
            if (!entities) {
              return session.execute(text).all();
            }
            return loads == null
                ? session.scalars(entityType, text)
                : loads.apply(session.query(entityType).fromStatement(text)).all();
          }

          @Override
          public long count() {
            TextSql text =
                countParameters != null
                    ? countParameters.bind(Sql.text(countParameters.sql()), values)
                    : parameters.bind(
                        Sql.text("SELECT COUNT(*) FROM (" + parameters.sql() + ") cairn_counted"),
                        values);
            Long count = session.execute(text).scalar(Long.class);
            return count == null ? 0 : count;
          }
        };
    return shape.run(
        source, pageable, null, row -> entities ? row : projector.fromRow((Row) row, returned));
  }

  private String sql(long offset, @Nullable Long limit) {
    String sql = parameters.sql();
    if (limit != null) {
      sql += " LIMIT :" + LIMIT;
    }
    if (offset > 0) {
      sql += " OFFSET :" + OFFSET;
    }
    return sql;
  }

  private @Nullable Object modify(Modifying modifying, @Nullable Object[] values) {
    if (modifying.flushAutomatically()) {
      session.flush();
    }
    long changed = session.execute(parameters.bind(Sql.text(parameters.sql()), values)).rowCount();
    if (modifying.clearAutomatically()) {
      session.clear();
    }
    Class<?> type = method.method().getReturnType();
    return type == void.class ? null : Counts.as(changed, type);
  }

  /**
   * The entity type the rows of {@code method} become when it returns {@code returned}: the
   * repository's entity, or another mapped entity ({@code List<PetType>} on an owner repository);
   * null for a projection or a scalar.
   */
  static @Nullable Class<?> entityType(
      CairnQueryMethod method, Class<?> returned, MappingModel mapping) {
    if (returned.isAssignableFrom(method.domainClass())) {
      return method.domainClass();
    }
    return mapping.findEntity(returned) != null ? returned : null;
  }

  @Override
  public CairnQueryMethod getQueryMethod() {
    return method;
  }
}
