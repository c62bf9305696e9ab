package dev.cairn.spring;

import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import java.lang.reflect.Proxy;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.support.PersistenceExceptionTranslator;

/**
 * Creates the shared, thread-safe {@link Session} that applications inject (as JPA's {@code
 * SharedEntityManagerCreator} does for the {@code EntityManager}). Every call goes to the session
 * of the current Spring transaction; outside a transaction, reads run on a short-lived session
 * closed after the call (or after the query's terminal call) and writes fail, naming
 * {@code @Transactional}. {@code commit()}, {@code rollback()} and {@code close()} always fail:
 * Spring ends the transaction. Everything thrown passes through the exception translator.
 */
public final class SharedSession {

  private SharedSession() {}

  /** The shared session over {@code factory}, translating exceptions with {@code translator}. */
  public static Session create(
      SessionFactory factory, @Nullable PersistenceExceptionTranslator translator) {
    return (Session)
        Proxy.newProxyInstance(
            SharedSession.class.getClassLoader(),
            new Class<?>[] {Session.class},
            new SharedSessionHandler(factory, new ExceptionTranslation(translator)));
  }
}
