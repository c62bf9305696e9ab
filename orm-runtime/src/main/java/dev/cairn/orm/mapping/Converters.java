package dev.cairn.orm.mapping;

import dev.cairn.orm.annotation.AttributeConverter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Creates converters and reads their attribute and column types from their type arguments. */
final class Converters {

  private Converters() {}

  /** A converter with its two Java types. */
  record Resolved(
      AttributeConverter<Object, Object> converter, Class<?> attributeType, Class<?> columnType) {}

  /** An instance of {@code converterClass}, made through its no-argument constructor. */
  static Resolved instantiate(
      @SuppressWarnings("rawtypes") Class<? extends AttributeConverter> converterClass,
      Class<?> owner,
      String field) {
    Object instance;
    try {
      MethodHandle constructor =
          MappingLookup.privateLookupIn(converterClass)
              .findConstructor(converterClass, MethodType.methodType(void.class));
      instance = constructor.invoke();
    } catch (NoSuchMethodException e) {
      throw new MappingException(
          owner,
          field,
          "Converter "
              + converterClass.getName()
              + " of field "
              + owner.getSimpleName()
              + "."
              + field
              + " has no no-argument constructor; add one (any visibility)",
          e);
    } catch (IllegalAccessException e) {
      throw MappingLookup.notOpen(converterClass, "<init>", e);
    } catch (Throwable e) {
      throw new MappingException(
          owner, field, "Converter " + converterClass.getName() + " failed to construct: " + e, e);
    }
    return resolve((AttributeConverter<?, ?>) instance, owner, field);
  }

  /** {@code converter} with its types read from its class's type arguments. */
  @SuppressWarnings("unchecked")
  static Resolved resolve(
      AttributeConverter<?, ?> converter, @Nullable Class<?> owner, String field) {
    Type[] arguments = typeArguments(converter.getClass(), new HashMap<>());
    Class<?> attribute = arguments == null ? null : asClass(arguments[0]);
    Class<?> column = arguments == null ? null : asClass(arguments[1]);
    if (attribute == null || column == null) {
      throw new MappingException(
          owner,
          field,
          "Converter "
              + converter.getClass().getName()
              + " does not declare concrete types; implement AttributeConverter<FieldType,"
              + " ColumnType> with classes as type arguments, e.g. AttributeConverter<Money,"
              + " BigDecimal>");
    }
    return new Resolved((AttributeConverter<Object, Object>) converter, attribute, column);
  }

  private static Type @Nullable [] typeArguments(Class<?> type, Map<TypeVariable<?>, Type> bound) {
    for (Type candidate : type.getGenericInterfaces()) {
      Type[] found = fromSupertype(candidate, bound);
      if (found != null) {
        return found;
      }
    }
    Type superclass = type.getGenericSuperclass();
    return superclass == null ? null : fromSupertype(superclass, bound);
  }

  private static Type @Nullable [] fromSupertype(Type supertype, Map<TypeVariable<?>, Type> bound) {
    if (supertype instanceof Class<?> raw) {
      return raw == AttributeConverter.class ? null : typeArguments(raw, bound);
    }
    if (!(supertype instanceof ParameterizedType parameterized)) {
      return null;
    }
    Class<?> raw = (Class<?>) parameterized.getRawType();
    Type[] actual = parameterized.getActualTypeArguments();
    Type[] resolved = new Type[actual.length];
    for (int i = 0; i < actual.length; i++) {
      resolved[i] = actual[i] instanceof TypeVariable<?> v ? bound.getOrDefault(v, v) : actual[i];
    }
    if (raw == AttributeConverter.class) {
      return resolved;
    }
    Map<TypeVariable<?>, Type> next = new HashMap<>();
    TypeVariable<?>[] parameters = raw.getTypeParameters();
    for (int i = 0; i < parameters.length; i++) {
      next.put(parameters[i], resolved[i]);
    }
    return typeArguments(raw, next);
  }

  private static @Nullable Class<?> asClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  /** Stores an enum by ordinal in an INTEGER column. */
  static final class Ordinal implements AttributeConverter<Object, Object> {

    private final Class<?> enumType;
    private final Object[] constants;

    Ordinal(Class<?> enumType) {
      this.enumType = enumType;
      this.constants = enumType.getEnumConstants();
    }

    @Override
    public Object toColumn(Object attribute) {
      return ((Enum<?>) attribute).ordinal();
    }

    @Override
    public Object toAttribute(Object column) {
      int ordinal = ((Number) column).intValue();
      if (ordinal < 0 || ordinal >= constants.length) {
        throw new dev.cairn.core.CairnException(
            "Stored ordinal "
                + ordinal
                + " is not an ordinal of enum "
                + enumType.getName()
                + " ("
                + constants.length
                + " constants); fix the row or the enum");
      }
      return constants[ordinal];
    }
  }
}
