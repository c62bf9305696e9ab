package dev.cairn.spring.data.support;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.support.RepositoryProxyPostProcessor;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Adds the transactions of query methods to a repository proxy: Spring Data's own interceptor
 * covers only the methods the base class implements (and explicit {@code @Transactional}
 * annotations), so a derived or {@code @Query} method called outside a transaction would otherwise
 * run without one. Runs before Spring Data's interceptor, which then joins.
 */
final class QueryMethodTransactions implements RepositoryProxyPostProcessor {

  private final BeanFactory beanFactory;
  private final String transactionManagerName;

  QueryMethodTransactions(BeanFactory beanFactory, String transactionManagerName) {
    this.beanFactory = beanFactory;
    this.transactionManagerName = transactionManagerName;
  }

  @Override
  public void postProcess(ProxyFactory factory, RepositoryInformation repositoryInformation) {
    QueryMethodTransactionAttributes attributes =
        new QueryMethodTransactionAttributes(repositoryInformation);
    if (attributes.isEmpty()) {
      return;
    }
    TransactionInterceptor interceptor = new TransactionInterceptor();
    interceptor.setTransactionAttributeSource(attributes);
    interceptor.setTransactionManagerBeanName(transactionManagerName);
    interceptor.setBeanFactory(beanFactory);
    interceptor.afterPropertiesSet();
    factory.addAdvice(interceptor);
  }
}
