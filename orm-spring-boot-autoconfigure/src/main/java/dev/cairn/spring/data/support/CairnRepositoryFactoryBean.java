package dev.cairn.spring.data.support;

import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.core.support.TransactionalRepositoryFactoryBeanSupport;

/**
 * Creates one Cairn repository bean with a {@link CairnRepositoryFactory} over the shared {@link
 * Session}. Beside Spring Data's transactions for the base class's methods and its translation of
 * exceptions into {@code DataAccessException}s, it runs the query methods of the interface in a
 * read-only transaction (modifying ones in a read-write one) when they are called outside a
 * transaction and declare no {@code @Transactional} of their own.
 *
 * <p>Without {@link #setSession} and {@link #setSessionFactory} the only (or primary) beans of
 * these types are used.
 *
 * @param <T> the repository interface
 * @param <S> the entity type
 * @param <ID> the identifier type
 */
public class CairnRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
    extends TransactionalRepositoryFactoryBeanSupport<T, S, ID> {

  private @Nullable Session session;
  private @Nullable SessionFactory sessionFactory;
  private @Nullable BeanFactory beanFactory;
  private String transactionManagerName = "transactionManager";
  private boolean defaultTransactions = true;

  /** A factory bean for {@code repositoryInterface}. */
  public CairnRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
    super(repositoryInterface);
  }

  /** The shared session the repository works with. */
  public void setSession(Session session) {
    this.session = session;
  }

  /** The session factory whose entities the repository serves. */
  public void setSessionFactory(SessionFactory sessionFactory) {
    this.sessionFactory = sessionFactory;
  }

  @Override
  public void setTransactionManager(String transactionManager) {
    super.setTransactionManager(transactionManager);
    this.transactionManagerName = transactionManager;
  }

  @Override
  public void setEnableDefaultTransactions(boolean enableDefaultTransactions) {
    super.setEnableDefaultTransactions(enableDefaultTransactions);
    this.defaultTransactions = enableDefaultTransactions;
  }

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    super.setBeanFactory(beanFactory);
    this.beanFactory = beanFactory;
  }

  @Override
  public void afterPropertiesSet() {
    BeanFactory beans = requireBeanFactory();
    if (sessionFactory == null) {
      sessionFactory = beans.getBean(SessionFactory.class);
    }
    if (session == null) {
      session = beans.getBean(Session.class);
    }
    super.afterPropertiesSet();
  }

  @Override
  protected RepositoryFactorySupport doCreateRepositoryFactory() {
    if (session == null || sessionFactory == null) {
      throw new IllegalStateException(
          "CairnRepositoryFactoryBean for "
              + getObjectType().getName()
              + " has no Session or SessionFactory; it is created by the Spring container");
    }
    CairnRepositoryFactory factory = new CairnRepositoryFactory(session, sessionFactory);
    if (defaultTransactions) {
      factory.addRepositoryProxyPostProcessor(
          new QueryMethodTransactions(requireBeanFactory(), transactionManagerName));
    }
    return factory;
  }

  private BeanFactory requireBeanFactory() {
    if (beanFactory == null) {
      throw new IllegalStateException(
          "CairnRepositoryFactoryBean for "
              + getObjectType().getName()
              + " needs the BeanFactory; it is created by the Spring container");
    }
    return beanFactory;
  }
}
