package dev.cairn.spring.data.query;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import java.lang.reflect.Method;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ValueExpressionDelegate;

/**
 * Turns each query method of a repository interface into a {@link RepositoryQuery} that runs on the
 * shared {@link Session}; called once per method when the repository is created, so a method that
 * cannot work fails at start-up.
 */
public final class CairnQueryLookupStrategy implements QueryLookupStrategy {

  private final Session session;
  private final SessionFactory sessionFactory;

  /**
   * A strategy over {@code session} (the transaction-bound shared session) for the entities of
   * {@code sessionFactory}.
   */
  public CairnQueryLookupStrategy(
      Session session,
      SessionFactory sessionFactory,
      QueryLookupStrategy.Key key,
      ValueExpressionDelegate valueExpressions) {
    this.session = session;
    this.sessionFactory = sessionFactory;
  }

  @Override
  public RepositoryQuery resolveQuery(
      Method method,
      RepositoryMetadata metadata,
      ProjectionFactory projections,
      NamedQueries namedQueries) {
    throw new CairnException(
        "Query method "
            + metadata.getRepositoryInterface().getName()
            + "."
            + method.getName()
            + " cannot be created: query methods are being built");
  }
}
