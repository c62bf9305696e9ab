package dev.cairn.orm.internal.state;

import dev.cairn.core.CairnException;
import dev.cairn.orm.annotation.PostLoad;
import dev.cairn.orm.annotation.PrePersist;
import dev.cairn.orm.annotation.PreRemove;
import dev.cairn.orm.annotation.PreUpdate;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code @PrePersist}, {@code @PreUpdate}, {@code @PreRemove} and {@code @PostLoad} methods of
 * every entity, resolved once into method handles (superclass methods first).
 */
public final class LifecycleCallbacks {

  /** The kinds of callback. */
  public enum Kind {
    /** Before insert. */
    PRE_PERSIST(PrePersist.class),
    /** Before update. */
    PRE_UPDATE(PreUpdate.class),
    /** Before delete. */
    PRE_REMOVE(PreRemove.class),
    /** After load or refresh. */
    POST_LOAD(PostLoad.class);

    private final Class<? extends Annotation> annotation;

    Kind(Class<? extends Annotation> annotation) {
      this.annotation = annotation;
    }
  }

  private static final MethodHandle[] NONE = new MethodHandle[0];

  private final Map<Class<?>, EnumMap<Kind, MethodHandle[]>> handles;

  private LifecycleCallbacks(Map<Class<?>, EnumMap<Kind, MethodHandle[]>> handles) {
    this.handles = handles;
  }

  /** Resolves the callbacks of every entity of {@code mapping}; a bad method fails naming it. */
  public static LifecycleCallbacks of(MappingModel mapping) {
    Map<Class<?>, EnumMap<Kind, MethodHandle[]>> all = new HashMap<>();
    for (EntityModel<?> model : mapping.entities()) {
      EnumMap<Kind, MethodHandle[]> byKind = new EnumMap<>(Kind.class);
      for (Kind kind : Kind.values()) {
        MethodHandle[] found = resolve(model.javaType(), kind);
        if (found.length > 0) {
          byKind.put(kind, found);
        }
      }
      if (!byKind.isEmpty()) {
        all.put(model.javaType(), byKind);
      }
    }
    return new LifecycleCallbacks(Map.copyOf(all));
  }

  /** Whether {@code type} has callbacks of {@code kind}. */
  public boolean has(Class<?> type, Kind kind) {
    EnumMap<Kind, MethodHandle[]> byKind = handles.get(type);
    return byKind != null && byKind.containsKey(kind);
  }

  /** Calls {@code entity}'s callbacks of {@code kind}; an exception of one propagates. */
  public void invoke(Kind kind, Object entity) {
    EnumMap<Kind, MethodHandle[]> byKind = handles.get(entity.getClass());
    if (byKind == null) {
      return;
    }
    for (MethodHandle handle : byKind.getOrDefault(kind, NONE)) {
      try {
        handle.invokeExact(entity);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new CairnException(
            "@"
                + kind.annotation.getSimpleName()
                + " method of "
                + entity.getClass().getSimpleName()
                + " threw "
                + e,
            e);
      }
    }
  }

  private static MethodHandle[] resolve(Class<?> type, Kind kind) {
    List<Class<?>> hierarchy = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.add(0, c);
    }
    List<MethodHandle> found = new ArrayList<>();
    for (Class<?> declaring : hierarchy) {
      for (Method method : declaring.getDeclaredMethods()) {
        if (!method.isAnnotationPresent(kind.annotation)) {
          continue;
        }
        if (method.getParameterCount() != 0
            || method.getReturnType() != void.class
            || Modifier.isStatic(method.getModifiers())) {
          throw new CairnException(
              "@"
                  + kind.annotation.getSimpleName()
                  + " method "
                  + declaring.getSimpleName()
                  + "."
                  + method.getName()
                  + " must be an instance method with no parameters returning void; change its"
                  + " signature");
        }
        try {
          MethodHandles.Lookup lookup =
              MethodHandles.privateLookupIn(declaring, MethodHandles.lookup());
          found.add(
              lookup.unreflect(method).asType(MethodType.methodType(void.class, Object.class)));
        } catch (IllegalAccessException e) {
          throw new CairnException(
              "Cannot access @"
                  + kind.annotation.getSimpleName()
                  + " method "
                  + declaring.getName()
                  + "."
                  + method.getName()
                  + "; open its package to dev.cairn.orm",
              e);
        }
      }
    }
    return found.toArray(NONE);
  }
}
