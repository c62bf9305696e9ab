package dev.cairn.orm.mapping;

import dev.cairn.core.CairnException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one field through method handles made once, at build time, with a private lookup
 * in the field's class: no reflection lookup, no access check per call. Final fields have no setter
 * (they are set through a constructor).
 */
final class FieldAccessor {

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
  private static final MethodType SETTER =
      MethodType.methodType(void.class, Object.class, Object.class);

  private static final MethodType INT_GETTER = MethodType.methodType(int.class, Object.class);
  private static final MethodType LONG_GETTER = MethodType.methodType(long.class, Object.class);

  private final String description;
  private final Class<?> type;
  private final MethodHandle getter;
  private final @Nullable MethodHandle setter;
  private final @Nullable MethodHandle intGetter;
  private final @Nullable MethodHandle longGetter;

  private FieldAccessor(
      String description,
      Class<?> type,
      MethodHandle getter,
      @Nullable MethodHandle setter,
      @Nullable MethodHandle raw) {
    this.description = description;
    this.type = type;
    this.getter = getter;
    this.setter = setter;
    this.intGetter =
        raw != null && (type == int.class || type == short.class) ? raw.asType(INT_GETTER) : null;
    this.longGetter = raw != null && type == long.class ? raw.asType(LONG_GETTER) : null;
  }

  /** The accessor of {@code field}; a MappingException when the field's package is not open. */
  static FieldAccessor of(Field field) {
    Class<?> owner = field.getDeclaringClass();
    try {
      MethodHandles.Lookup lookup = MappingLookup.privateLookupIn(owner);
      MethodHandle raw = lookup.unreflectGetter(field);
      MethodHandle getter = raw.asType(GETTER);
      MethodHandle setter =
          Modifier.isFinal(field.getModifiers())
              ? null
              : lookup.unreflectSetter(field).asType(SETTER);
      return new FieldAccessor(
          owner.getSimpleName() + "." + field.getName(), field.getType(), getter, setter, raw);
    } catch (IllegalAccessException e) {
      throw MappingLookup.notOpen(owner, field.getName(), e);
    }
  }

  /** The field's value in {@code target} (boxed when primitive). */
  @Nullable Object get(Object target) {
    try {
      return (Object) getter.invokeExact(target);
    } catch (ClassCastException e) {
      throw new CairnException(
          "Cannot read "
              + description
              + " from a "
              + target.getClass().getName()
              + "; pass an instance of "
              + description.substring(0, description.indexOf('.')),
          e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new CairnException("Reading " + description + " failed", e);
    }
  }

  /**
   * Whether the field's value in {@code target} equals {@code value} (a wrapper of the field's
   * type, or null): for {@code int}, {@code short} and {@code long} fields compared without boxing
   * the field's value, for others by {@code Objects.equals} on the boxed value.
   */
  boolean holds(Object target, @Nullable Object value) {
    try {
      MethodHandle ints = intGetter;
      if (ints != null && value instanceof Number number) {
        return (int) ints.invokeExact(target) == number.intValue();
      }
      MethodHandle longs = longGetter;
      if (longs != null && value instanceof Long number) {
        return (long) longs.invokeExact(target) == number;
      }
      return java.util.Objects.equals((Object) getter.invokeExact(target), value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new CairnException("Reading " + description + " failed", e);
    }
  }

  /** Whether the field can be written (it is not final). */
  boolean settable() {
    return setter != null;
  }

  /** Writes {@code value} into the field of {@code target}. */
  void set(Object target, @Nullable Object value) {
    MethodHandle handle = setter;
    if (handle == null) {
      throw new CairnException(
          "Field "
              + description
              + " is final and cannot be set; remove final or build the object through its"
              + " constructor");
    }
    if (value == null && type.isPrimitive()) {
      throw new CairnException(
          "Field "
              + description
              + " is a primitive "
              + type
              + " and cannot take null; use the wrapper type or keep the column NOT NULL");
    }
    try {
      handle.invokeExact(target, value);
    } catch (ClassCastException e) {
      throw new CairnException(
          "Field "
              + description
              + " is a "
              + type.getName()
              + " and cannot take a "
              + (value == null ? "null" : value.getClass().getName()),
          e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new CairnException("Writing " + description + " failed", e);
    }
  }
}
