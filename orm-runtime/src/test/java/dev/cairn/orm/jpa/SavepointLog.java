package dev.cairn.orm.jpa;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Records the savepoint calls made on the connections of a data source ({@code SAVEPOINT}, {@code
 * RELEASE SAVEPOINT}, {@code ROLLBACK TO SAVEPOINT}): JDBC calls, not statements, so an engine's
 * statement counter does not see them. Thread-safe.
 */
public final class SavepointLog {

  private final List<String> calls = new ArrayList<>();

  /**
   * {@code dataSource} whose connections report their savepoint calls here; closing it closes
   * {@code dataSource} when that is closeable (a pool).
   */
  public DataSource wrap(DataSource dataSource) {
    return proxy(
        DataSource.class,
        dataSource,
        (method, result) ->
            method.getName().equals("getConnection") ? connection((Connection) result) : result);
  }

  /** The calls recorded since creation or {@link #reset()}, in order. */
  public List<String> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** Forgets the calls recorded so far. */
  public void reset() {
    synchronized (calls) {
      calls.clear();
    }
  }

  private Connection connection(Connection connection) {
    return proxy(
        Connection.class,
        connection,
        (method, result) -> {
          String call =
              switch (method.getName()) {
                case "setSavepoint" -> "SAVEPOINT";
                case "releaseSavepoint" -> "RELEASE SAVEPOINT";
                case "rollback" -> method.getParameterCount() == 1 ? "ROLLBACK TO SAVEPOINT" : null;
                default -> null;
              };
          if (call != null) {
            synchronized (calls) {
              calls.add(call);
            }
          }
          return result;
        });
  }

  /** What to do with a call's result. */
  private interface After {
    @Nullable Object apply(Method method, @Nullable Object result);
  }

  private static <T> T proxy(Class<T> type, T target, After after) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("unwrap") && args != null && args[0] == type) {
            return proxy;
          }
          if (method.getDeclaringClass() == AutoCloseable.class) {
            if (target instanceof AutoCloseable closeable) {
              closeable.close();
            }
            return null;
          }
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          return after.apply(method, result);
        };
    Class<?>[] types =
        type == DataSource.class
            ? new Class<?>[] {type, AutoCloseable.class}
            : new Class<?>[] {type};
    return type.cast(Proxy.newProxyInstance(SavepointLog.class.getClassLoader(), types, handler));
  }
}
