package dev.cairn.spring.data.support;

import dev.cairn.core.CairnException;
import dev.cairn.orm.SessionFactory;
import dev.cairn.spring.data.LoadPlan;
import dev.cairn.spring.data.query.LoadOptions;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.support.RepositoryProxyPostProcessor;
import org.springframework.data.repository.query.QueryCreationException;

/**
 * The {@link LoadPlan @LoadPlan} of CRUD methods a repository interface redeclares ({@code
 * findById}, {@code findAll}, {@code findAllById}): checked when the repository is created, then
 * handed to {@link SimpleCairnRepository} for the duration of each call, as Spring Data JPA hands
 * its {@code CrudMethodMetadata} to {@code SimpleJpaRepository}. Query methods read their own
 * annotation; this covers the methods the base class implements.
 */
final class CrudLoadPlans implements RepositoryProxyPostProcessor {

  /** The CRUD methods whose queries take load options. */
  private static final Set<String> LOADING = Set.of("findById", "findAll", "findAllById");

  private static final ThreadLocal<@Nullable Current> CURRENT = new ThreadLocal<>();

  private final SessionFactory sessions;

  CrudLoadPlans(SessionFactory sessions) {
    this.sessions = sessions;
  }

  /** The options of the call running on {@code repository} in this thread, or null. */
  static @Nullable LoadOptions current(Object repository) {
    Current current = CURRENT.get();
    return current != null && current.repository() == repository ? current.options() : null;
  }

  @Override
  public void postProcess(ProxyFactory factory, RepositoryInformation information) {
    Map<Method, LoadOptions> options = new HashMap<>();
    for (Method method : information.getRepositoryInterface().getMethods()) {
      if (information.isQueryMethod(method)
          || !AnnotatedElementUtils.hasAnnotation(method, LoadPlan.class)) {
        continue;
      }
      Class<?> repository = information.getRepositoryInterface();
      String description = repository.getSimpleName() + "." + method.getName();
      try {
        requireLoading(method, information, description);
        LoadOptions loads =
            LoadOptions.of(method, description, information.getDomainType(), sessions);
        if (loads != null) {
          options.put(method, loads);
        }
      } catch (CairnException e) {
        throw QueryCreationException.create(e.getMessage(), e, repository, method);
      }
    }
    if (!options.isEmpty()) {
      factory.addAdvice(new Interceptor(Map.copyOf(options)));
    }
  }

  private static void requireLoading(
      Method method, RepositoryInformation information, String description) {
    if (information.isCustomMethod(method)) {
      throw new CairnException(
          "Query method "
              + description
              + " cannot be created: @LoadPlan applies to query methods and redeclared findById,"
              + " findAll and findAllById, not to a custom fragment's method; add the options to"
              + " its query in the fragment (query.options(Load.selectin(...)))");
    }
    if (!LOADING.contains(information.getTargetClassMethod(method).getName())) {
      throw new CairnException(
          "Query method "
              + description
              + " cannot be created: @LoadPlan applies to query methods and to redeclared"
              + " findById, findAll and findAllById, not to "
              + method.getName()
              + "; remove it");
    }
  }

  /** The repository a call runs on and its options (null: none, hiding an outer call's). */
  private record Current(Object repository, @Nullable LoadOptions options) {}

  /** Publishes the options of each call for the call's duration, restoring an outer call's. */
  private static final class Interceptor implements MethodInterceptor {

    private final Map<Method, LoadOptions> options;

    Interceptor(Map<Method, LoadOptions> options) {
      this.options = options;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
      LoadOptions loads = options.get(invocation.getMethod());
      Current outer = CURRENT.get();
      Object repository = invocation.getThis();
      if ((loads == null && outer == null) || repository == null) {
        return invocation.proceed();
      }
      CURRENT.set(new Current(repository, loads));
      try {
        return invocation.proceed();
      } finally {
        if (outer == null) {
          CURRENT.remove();
        } else {
          CURRENT.set(outer);
        }
      }
    }
  }
}
