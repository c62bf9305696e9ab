package dev.cairn.spring.data.query;

import dev.cairn.core.CairnException;
import dev.cairn.spring.data.Modifying;
import dev.cairn.spring.data.Query;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryMethod;

/**
 * A query method of a Cairn repository interface: Spring Data's view of it (parameters, return
 * type, projection) plus its {@link Query @Query} and {@link Modifying @Modifying} annotations and
 * the name errors use, {@code BookRepository.findByTitle}.
 */
final class CairnQueryMethod extends QueryMethod {

  private final Method method;
  private final String description;
  private final @Nullable Query query;
  private final @Nullable Modifying modifying;

  /** The query method {@code method} of the repository {@code metadata} describes. */
  CairnQueryMethod(Method method, RepositoryMetadata metadata, ProjectionFactory projections) {
    super(method, metadata, projections);
    this.method = method;
    this.description = metadata.getRepositoryInterface().getSimpleName() + "." + method.getName();
    this.query = method.getAnnotation(Query.class);
    this.modifying = method.getAnnotation(Modifying.class);
  }

  /** The Java method. */
  public Method method() {
    return method;
  }

  /** {@code Repository.method}, as error messages name it. */
  public String description() {
    return description;
  }

  /** The method's {@link Query @Query}, or null for a derived query. */
  public @Nullable Query query() {
    return query;
  }

  /** The method's {@link Modifying @Modifying}, or null. */
  public @Nullable Modifying modifying() {
    return modifying;
  }

  @Override
  public boolean isModifyingQuery() {
    return modifying != null;
  }

  /** The values of the bindable parameters (all but Sort, Pageable, projection Class) in order. */
  @Nullable Object[] bindableValues(ParametersParameterAccessor accessor) {
    Object[] values = new Object[getParameters().getBindableParameters().getNumberOfParameters()];
    for (int i = 0; i < values.length; i++) {
      values[i] = accessor.getBindableValue(i);
    }
    return values;
  }

  /** The domain class of the repository. */
  public Class<?> domainClass() {
    return getDomainClass();
  }

  /**
   * A {@link CairnException} saying that this method cannot be created because of {@code problem},
   * and {@code fix}.
   */
  public CairnException failure(String problem, String fix) {
    return new CairnException(
        "Query method " + description + " cannot be created: " + problem + "; " + fix);
  }
}
