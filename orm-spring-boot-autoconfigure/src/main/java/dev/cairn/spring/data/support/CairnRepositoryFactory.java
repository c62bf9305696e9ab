package dev.cairn.spring.data.support;

import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.spring.data.query.CairnQueryLookupStrategy;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.ValueExpressionDelegate;

/**
 * Creates Cairn repositories: proxies of repository interfaces whose CRUD methods run on {@link
 * SimpleCairnRepository} (or the configured base class) and whose query methods are derived from
 * their names or given by {@link dev.cairn.spring.data.Query @Query}. Every query method is checked
 * when the repository is created, so a broken one fails at start-up.
 *
 * <pre>{@code
 * BookRepository books =
 *     new CairnRepositoryFactory(session, sessionFactory).getRepository(BookRepository.class);
 * }</pre>
 */
public class CairnRepositoryFactory extends RepositoryFactorySupport {

  private final Session session;
  private final SessionFactory sessionFactory;

  /**
   * A factory of repositories running on {@code session} (in Spring, the shared transaction-bound
   * session) over the entities mapped by {@code sessionFactory}.
   */
  public CairnRepositoryFactory(Session session, SessionFactory sessionFactory) {
    this.session = session;
    this.sessionFactory = sessionFactory;
    addRepositoryProxyPostProcessor(new CrudLoadPlans(sessionFactory));
  }

  @Override
  public EntityInformation<?, ?> getEntityInformation(RepositoryMetadata metadata) {
    return entityInformation(metadata.getDomainType());
  }

  @Override
  protected Object getTargetRepository(RepositoryInformation information) {
    return getTargetRepositoryViaReflection(
        information, entityInformation(information.getDomainType()), session);
  }

  @Override
  protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
    return SimpleCairnRepository.class;
  }

  @Override
  protected Optional<QueryLookupStrategy> getQueryLookupStrategy(
      QueryLookupStrategy.@Nullable Key key, ValueExpressionDelegate valueExpressions) {
    return Optional.of(
        new CairnQueryLookupStrategy(
            session,
            sessionFactory,
            key == null ? QueryLookupStrategy.Key.CREATE_IF_NOT_FOUND : key,
            valueExpressions));
  }

  private <T> CairnEntityInformation<T, Object> entityInformation(Class<T> domainType) {
    EntityModel<T> model = sessionFactory.mapping().entity(domainType);
    return new CairnEntityInformation<>(model, session);
  }
}
