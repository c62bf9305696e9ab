package dev.cairn.orm.internal.session;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Query;
import dev.cairn.orm.internal.SessionContext;
import dev.cairn.orm.mapping.EntityModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jspecify.annotations.Nullable;

/**
 * Creates {@code dev.cairn.orm.internal.query.DefaultQuery(SessionContext, EntityModel)} — the
 * query layer's implementation, owned by another part of the ORM — through a constructor handle
 * resolved once when the factory is built.
 */
final class QueryBridge {

  static final String QUERY_CLASS = "dev.cairn.orm.internal.query.DefaultQuery";

  private final @Nullable MethodHandle constructor;

  private QueryBridge(@Nullable MethodHandle constructor) {
    this.constructor = constructor;
  }

  static QueryBridge find() {
    try {
      Class<?> type = Class.forName(QUERY_CLASS, true, QueryBridge.class.getClassLoader());
      MethodHandle handle =
          MethodHandles.publicLookup()
              .findConstructor(
                  type, MethodType.methodType(void.class, SessionContext.class, EntityModel.class))
              .asType(MethodType.methodType(Query.class, SessionContext.class, EntityModel.class));
      return new QueryBridge(handle);
    } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
      return new QueryBridge(null);
    }
  }

  @SuppressWarnings("unchecked")
  <T> Query<T> create(SessionContext context, EntityModel<T> model) {
    MethodHandle handle = constructor;
    if (handle == null) {
      throw new CairnException(
          "The query layer ("
              + QUERY_CLASS
              + ") is not on the class path; session.query() needs it");
    }
    try {
      return (Query<T>) handle.invokeExact(context, (EntityModel<?>) model);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new CairnException("Cannot create a query for " + model.name() + ": " + e, e);
    }
  }
}
