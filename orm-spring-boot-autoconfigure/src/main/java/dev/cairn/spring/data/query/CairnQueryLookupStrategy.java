package dev.cairn.spring.data.query;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.spring.data.Query;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ValueExpressionDelegate;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * Turns each query method of a repository interface into a {@link RepositoryQuery} that runs on the
 * shared {@link Session}: the SQL of its {@link Query @Query}, or a query derived from its name.
 * Called once per method when the repository is created, so a method that cannot work — an unknown
 * property, a wrong parameter count or type, an unsupported keyword or return type, JPQL where SQL
 * belongs, a {@link dev.cairn.spring.data.LoadPlan @LoadPlan} path that names no relationship —
 * fails at start-up with a {@link CairnException} naming {@code Repository.method}.
 */
public final class CairnQueryLookupStrategy implements QueryLookupStrategy {

  private final Session session;
  private final SessionFactory sessionFactory;
  private final JpqlCheck jpql;

  /**
   * A strategy over {@code session} (the transaction-bound shared session) for the entities of
   * {@code sessionFactory}. Both lookup keys behave alike: a method with {@code @Query} runs its
   * SQL, any other is derived from its name (Cairn has no named queries).
   */
  public CairnQueryLookupStrategy(
      Session session,
      SessionFactory sessionFactory,
      QueryLookupStrategy.Key key,
      ValueExpressionDelegate valueExpressions) {
    this.session = session;
    this.sessionFactory = sessionFactory;
    this.jpql = new JpqlCheck(sessionFactory.mapping(), sessionFactory.engine());
  }

  @Override
  public RepositoryQuery resolveQuery(
      Method method,
      RepositoryMetadata metadata,
      ProjectionFactory projections,
      NamedQueries namedQueries) {
    String name = metadata.getRepositoryInterface().getSimpleName() + "." + method.getName();
    CairnQueryMethod queryMethod;
    try {
      queryMethod = new CairnQueryMethod(method, metadata, projections);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new CairnException("Query method " + name + " cannot be created: " + e.getMessage(), e);
    }
    Projector projector = new Projector(projections);
    Query query = queryMethod.query();
    if (query != null) {
      jpql.check(queryMethod, query.value(), sqlEntityType(queryMethod) != null);
      if (!query.countQuery().isEmpty()) {
        jpql.check(queryMethod, query.countQuery(), false);
      }
    }
    Class<?> sqlEntity = query == null ? null : sqlEntityType(queryMethod);
    LoadOptions loads =
        LoadOptions.of(
            method, name, sqlEntity == null ? metadata.getDomainType() : sqlEntity, sessionFactory);
    if (loads != null && queryMethod.isModifyingQuery()) {
      throw queryMethod.failure(
          "@LoadPlan loads the entities a query returns, and a @Modifying query returns none",
          "remove @LoadPlan");
    }
    if (query != null) {
      return new SqlCairnQuery(
          queryMethod, query, session, projector, loads, sessionFactory.mapping());
    }
    if (queryMethod.isModifyingQuery()) {
      throw queryMethod.failure(
          "@Modifying needs SQL to run", "add @Query with the UPDATE or DELETE statement");
    }
    EntityModel<?> model = sessionFactory.mapping().entity(metadata.getDomainType());
    PartTree tree;
    try {
      tree = new PartTree(method.getName(), metadata.getDomainType());
    } catch (PropertyReferenceException e) {
      throw new CairnException(
          "Query method "
              + name
              + " cannot be created: "
              + model.name()
              + " has no property '"
              + e.getPropertyName()
              + "' ("
              + e.getMessage()
              + "); name a property of the entity in the method name, or write the SQL with"
              + " @Query",
          e);
    } catch (IllegalArgumentException e) {
      throw new CairnException(
          "Query method "
              + name
              + " cannot be created: "
              + e.getMessage()
              + "; name it as a derived query (findBy…, countBy…, existsBy…, deleteBy…) or add"
              + " @Query",
          e);
    }
    return new PartTreeCairnQuery<>(
        queryMethod, session, model, sessionFactory.mapping(), tree, projector, loads);
  }

  /** The entity type the rows of {@code method}'s SQL become, or null (none, or not known yet). */
  private @Nullable Class<?> sqlEntityType(CairnQueryMethod method) {
    if (method.isModifyingQuery() || method.getParameters().hasDynamicProjection()) {
      return null;
    }
    return SqlCairnQuery.entityType(
        method, method.getReturnedObjectType(), sessionFactory.mapping());
  }
}
