package dev.cairn.spring;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.Statement;
import dev.cairn.core.sql.StatementKind;
import dev.cairn.orm.Query;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Routes the shared session's calls: see {@link SharedSession}. */
final class SharedSessionHandler implements InvocationHandler {

  /** Methods that change the unit of work: they need a transaction to be written in. */
  private static final Set<String> WRITES = Set.of("add", "addAll", "delete", "merge", "flush");

  private final SessionFactory factory;
  private final ExceptionTranslation translation;

  SharedSessionHandler(SessionFactory factory, ExceptionTranslation translation) {
    this.factory = factory;
    this.translation = translation;
  }

  @Override
  public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args)
      throws Throwable {
    switch (method.getName()) {
      case "equals":
        return args != null && proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      case "toString":
        return "Shared Cairn Session bound to the current Spring transaction";
      case "commit", "rollback", "close":
        throw translation.translate(
            new CairnException(
                "session."
                    + method.getName()
                    + "() is not allowed on the shared Session: "
                    + SpringSessions.HINT));
      default:
        break;
    }
    Session current = SpringSessions.current(factory, translation);
    if (current != null) {
      return call(current, method, args);
    }
    if (WRITES.contains(method.getName()) || isWritingStatement(method, args)) {
      throw translation.translate(
          new CairnException(
              "session."
                  + method.getName()
                  + "() writes to the database but no Spring transaction is active; call it from"
                  + " a @Transactional method (or inside a TransactionTemplate) so that the change"
                  + " is flushed and committed"));
    }
    return outsideTransaction(method, args);
  }

  /** A read outside a transaction: a session of its own, closed when the read is over. */
  private @Nullable Object outsideTransaction(Method method, @Nullable Object @Nullable [] args)
      throws Throwable {
    Session session = factory.openSession();
    boolean handedOver = false;
    try {
      Object result = call(session, method, args);
      if (result instanceof Query<?> query) {
        handedOver = true;
        return ShortLivedQuery.wrap(query, session, translation);
      }
      return result;
    } finally {
      if (!handedOver) {
        session.close();
      }
    }
  }

  private static boolean isWritingStatement(Method method, @Nullable Object @Nullable [] args) {
    return method.getName().equals("execute")
        && args != null
        && args[0] instanceof Statement statement
        && statement.kind() != StatementKind.SELECT;
  }

  /** Calls {@code method} on {@code target}, translating what it throws. */
  @Nullable Object call(Object target, Method method, @Nullable Object @Nullable [] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException failure) {
        throw translation.translate(failure);
      }
      throw cause;
    }
  }
}
