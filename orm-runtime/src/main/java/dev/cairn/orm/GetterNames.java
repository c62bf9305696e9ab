package dev.cairn.orm;

import dev.cairn.core.CairnException;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Finds the property a {@link Getter} method reference names, once per lambda class: {@code
 * getUsername} and {@code isActive} name {@code username} and {@code active}; any other method name
 * (a record accessor) names the property of that name.
 */
final class GetterNames {

  /**
   * A resolved getter: the property it names, how to describe it in messages, and the class it is
   * called on (null when that cannot be read).
   */
  record Resolved(String property, String source, @Nullable Class<?> entity) {}

  /** Keyed by the lambda class: one call site, one method, resolved once. */
  private static final Map<Class<?>, Resolved> RESOLVED = new ConcurrentHashMap<>();

  private GetterNames() {}

  /** The property {@code getter} names. */
  static Resolved resolve(Getter<?, ?> getter) {
    return RESOLVED.computeIfAbsent(getter.getClass(), c -> compute(getter));
  }

  private static Resolved compute(Getter<?, ?> getter) {
    SerializedLambda lambda = serialized(getter);
    String owner = lambda.getImplClass().replace('/', '.');
    String simpleOwner = owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.');
    String method = lambda.getImplMethodName();
    int kind = lambda.getImplMethodKind();
    boolean methodReference =
        (kind == MethodHandleInfo.REF_invokeVirtual || kind == MethodHandleInfo.REF_invokeInterface)
            && !method.startsWith("lambda$")
            && lambda.getImplMethodSignature().startsWith("()");
    if (!methodReference) {
      throw new CairnException(
          "Criteria need a method reference to a getter such as User::getName, but got "
              + (method.startsWith("lambda$") ? "a lambda" : "a reference to " + method)
              + " declared in "
              + owner
              + "; write the getter as a method reference");
    }
    return new Resolved(
        propertyName(method), simpleOwner + "::" + method, receiver(getter, lambda));
  }

  /** The class the getter is called on, from the lambda's instantiated type {@code (LBook;)…}. */
  private static @Nullable Class<?> receiver(Getter<?, ?> getter, SerializedLambda lambda) {
    String type = lambda.getInstantiatedMethodType();
    int end = type.indexOf(';');
    if (!type.startsWith("(L") || end < 0) {
      return null;
    }
    try {
      return Class.forName(
          type.substring(2, end).replace('/', '.'), false, getter.getClass().getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  static String propertyName(String method) {
    if (method.length() > 3
        && method.startsWith("get")
        && Character.isUpperCase(method.charAt(3))) {
      return decapitalize(method.substring(3));
    }
    if (method.length() > 2 && method.startsWith("is") && Character.isUpperCase(method.charAt(2))) {
      return decapitalize(method.substring(2));
    }
    return method;
  }

  private static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
      return name; // getURL -> URL, as java.beans does
    }
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  private static SerializedLambda serialized(Getter<?, ?> getter) {
    try {
      Method writeReplace = getter.getClass().getDeclaredMethod("writeReplace");
      writeReplace.setAccessible(true);
      Object replaced = writeReplace.invoke(getter);
      if (replaced instanceof SerializedLambda lambda) {
        return lambda;
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new CairnException(
          "Cannot read the method behind "
              + getter.getClass().getName()
              + "; pass a method reference to a getter such as User::getName",
          e);
    }
    throw new CairnException(
        getter.getClass().getName()
            + " is not a method reference; pass a method reference to a getter such as"
            + " User::getName");
  }
}
