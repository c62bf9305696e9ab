package dev.cairn.spring.data.support;

import dev.cairn.spring.data.Modifying;
import dev.cairn.spring.data.Query;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.util.ClassUtils;

/**
 * The transaction of each query method that declares none: read-only for queries, read-write for
 * {@code @Modifying} methods and derived {@code deleteBy}/{@code removeBy} methods. Methods (or
 * interfaces) annotated {@code @Transactional} are left to Spring Data's interceptor, which honours
 * the annotation. Computed once, when the repository is created.
 */
final class QueryMethodTransactionAttributes implements TransactionAttributeSource {

  /** The prefix of a derived delete method, as Spring Data's {@code PartTree} reads it. */
  private static final Pattern DERIVED_DELETE = Pattern.compile("^(delete|remove)(\\p{Lu}.*?)??By");

  private final Map<Method, TransactionAttribute> attributes = new HashMap<>();

  QueryMethodTransactionAttributes(RepositoryInformation repository) {
    Class<?> repositoryInterface = repository.getRepositoryInterface();
    if (isTransactional(repositoryInterface)) {
      return;
    }
    for (Method method : repository.getQueryMethods()) {
      if (isTransactional(method) || isTransactional(method.getDeclaringClass())) {
        continue;
      }
      RuleBasedTransactionAttribute attribute = new RuleBasedTransactionAttribute();
      attribute.setReadOnly(!writes(method));
      attribute.setName(ClassUtils.getQualifiedMethodName(method, repositoryInterface));
      attributes.put(method, attribute);
    }
  }

  /** True when no query method needs a transaction from here. */
  boolean isEmpty() {
    return attributes.isEmpty();
  }

  @Override
  public @Nullable TransactionAttribute getTransactionAttribute(
      Method method, @Nullable Class<?> targetClass) {
    return attributes.get(method);
  }

  private static boolean writes(Method method) {
    if (AnnotatedElementUtils.hasAnnotation(method, Modifying.class)) {
      return true;
    }
    return !AnnotatedElementUtils.hasAnnotation(method, Query.class)
        && DERIVED_DELETE.matcher(method.getName()).find();
  }

  private static boolean isTransactional(AnnotatedElement element) {
    return AnnotatedElementUtils.hasAnnotation(element, Transactional.class);
  }
}
