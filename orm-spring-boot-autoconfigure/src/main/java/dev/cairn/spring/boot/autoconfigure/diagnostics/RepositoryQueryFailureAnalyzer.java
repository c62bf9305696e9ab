package dev.cairn.spring.boot.autoconfigure.diagnostics;

import dev.cairn.core.CairnException;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.util.ClassUtils;

/**
 * A query method of a Cairn repository cannot work (an unknown property, a wrong number of
 * parameters, an unsupported keyword or return type, JPQL in {@code @Query}, a {@code @LoadPlan}
 * path that names no relationship): names the repository, the method and what Cairn found wrong
 * with it.
 */
public final class RepositoryQueryFailureAnalyzer extends AbstractFailureAnalyzer<CairnException> {

  private static final boolean SPRING_DATA_PRESENT =
      ClassUtils.isPresent(
          "org.springframework.data.repository.query.QueryCreationException",
          RepositoryQueryFailureAnalyzer.class.getClassLoader());

  /** Creates the analyzer. */
  public RepositoryQueryFailureAnalyzer() {}

  @Override
  protected @Nullable FailureAnalysis analyze(Throwable rootFailure, CairnException cause) {
    if (!SPRING_DATA_PRESENT) {
      return null;
    }
    QueryMethodFailure failure = QueryMethodFailure.find(rootFailure);
    if (failure == null) {
      return null;
    }
    Method method = failure.method();
    String where = failure.repository().getName() + "." + method.getName();
    return new FailureAnalysis(
        "The query method "
            + where
            + " of a Cairn repository cannot be created: "
            + cause.getMessage(),
        "Fix "
            + where
            + " as the message says: name mapped properties of the entity (dotted paths through"
            + " relationships) with supported keywords and one parameter per condition, or write"
            + " the query with @Query in SQL (not JPQL); name relationships in @LoadPlan; or remove"
            + " the method.",
        cause);
  }
}
