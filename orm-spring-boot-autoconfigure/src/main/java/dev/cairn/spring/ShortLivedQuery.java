package dev.cairn.spring;

import dev.cairn.orm.Query;
import dev.cairn.orm.Session;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A query of a short-lived session opened outside any transaction: building methods return the
 * wrapped query; a terminal call (a list, a count, an update) closes the session when it returns, a
 * stream when the stream is closed.
 */
final class ShortLivedQuery implements InvocationHandler {

  /** Methods that neither touch the database nor end the query. */
  private static final Set<String> DESCRIPTIVE =
      Set.of("table", "column", "toString", "hashCode", "equals");

  private final Query<?> query;
  private final Session session;
  private final ExceptionTranslation translation;

  private ShortLivedQuery(Query<?> query, Session session, ExceptionTranslation translation) {
    this.query = query;
    this.session = session;
    this.translation = translation;
  }

  static Query<?> wrap(Query<?> query, Session session, ExceptionTranslation translation) {
    return (Query<?>)
        Proxy.newProxyInstance(
            ShortLivedQuery.class.getClassLoader(),
            new Class<?>[] {Query.class},
            new ShortLivedQuery(query, session, translation));
  }

  @Override
  public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args)
      throws Throwable {
    Object result;
    try {
      result = method.invoke(query, args);
    } catch (InvocationTargetException e) {
      session.close();
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException failure ? translation.translate(failure) : cause;
    }
    if (result instanceof Query<?> next) {
      return wrap(next, session, translation);
    }
    if (DESCRIPTIVE.contains(method.getName())) {
      return result;
    }
    if (result instanceof Stream<?> stream) {
      return stream.onClose(session::close);
    }
    session.close();
    return result;
  }
}
