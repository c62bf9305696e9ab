package dev.cairn.spring.boot.autoconfigure.diagnostics;

import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.query.QueryCreationException;

/** The repository and method of a failed query method; loaded only with Spring Data present. */
record QueryMethodFailure(Class<?> repository, Method method) {

  /** The query method failure in the cause chain of {@code failure}, or null. */
  static @Nullable QueryMethodFailure find(Throwable failure) {
    Throwable current = failure;
    while (current != null) {
      if (current instanceof QueryCreationException creation) {
        return new QueryMethodFailure(creation.getRepositoryInterface(), creation.getMethod());
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    return null;
  }
}
