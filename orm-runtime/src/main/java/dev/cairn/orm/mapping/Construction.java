package dev.cairn.orm.mapping;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How instances of a mapped class are made, chosen once: a record through its canonical
 * constructor; a class whose mapped fields are all non-final through its no-argument constructor
 * (any visibility), the fields then set one by one; otherwise through a constructor taking every
 * mapped field, in declaration order (mapped superclass fields first).
 *
 * @param noArg {@code ()Object}, or null
 * @param allArgs {@code (Object[])Object} taking the mapped fields' values, or null
 */
record Construction(@Nullable MethodHandle noArg, @Nullable MethodHandle allArgs) {

  /** The construction of {@code type}, whose mapped fields (columns and embeddeds) are given. */
  static Construction of(Class<?> type, List<Field> fields, Class<?> entity) {
    String what = type.getSimpleName();
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isEnum()) {
      throw new MappingException(
          entity, null, what + " is abstract, an interface or an enum; map a concrete class");
    }
    if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
      throw new MappingException(
          entity,
          null,
          what + " is an inner class and cannot be created on its own; declare it static");
    }
    Class<?>[] fieldTypes = fields.stream().map(Field::getType).toArray(Class<?>[]::new);
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
      List<String> mapped = fields.stream().map(Field::getName).toList();
      if (!names.equals(mapped)) {
        throw new MappingException(
            entity,
            null,
            "Record "
                + what
                + " has components "
                + names
                + " but maps "
                + mapped
                + "; a record must map every component (no @Transient or relationship"
                + " components)");
      }
      return allArgs(type, constructor(type, fieldTypes), entity);
    }
    Constructor<?> noArg = constructor(type);
    List<Field> finals = fields.stream().filter(f -> Modifier.isFinal(f.getModifiers())).toList();
    if (noArg != null && finals.isEmpty()) {
      return noArg(type, noArg, entity);
    }
    Constructor<?> allArgs = constructor(type, fieldTypes);
    if (allArgs != null) {
      return allArgs(type, allArgs, entity);
    }
    String signature =
        what
            + "("
            + fields.stream()
                .map(f -> f.getType().getSimpleName() + " " + f.getName())
                .collect(Collectors.joining(", "))
            + ")";
    if (noArg != null) {
      throw new MappingException(
          entity,
          finals.get(0).getName(),
          "Field "
              + what
              + "."
              + finals.get(0).getName()
              + " is final, so "
              + what
              + " cannot be filled after its no-argument constructor; remove final or add a"
              + " constructor "
              + signature);
    }
    throw new MappingException(
        entity,
        null,
        what
            + " has no usable constructor; add a no-argument constructor (any visibility) or a"
            + " constructor taking every mapped field in declaration order: "
            + signature);
  }

  private static @Nullable Constructor<?> constructor(Class<?> type, Class<?>... parameters) {
    try {
      return type.getDeclaredConstructor(parameters);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Construction noArg(Class<?> type, Constructor<?> constructor, Class<?> entity) {
    try {
      MethodHandle handle =
          MappingLookup.privateLookupIn(type)
              .unreflectConstructor(constructor)
              .asType(MethodType.methodType(Object.class));
      return new Construction(handle, null);
    } catch (IllegalAccessException e) {
      throw MappingLookup.notOpen(type, "<init>", e);
    }
  }

  private static Construction allArgs(
      Class<?> type, @Nullable Constructor<?> constructor, Class<?> entity) {
    if (constructor == null) {
      throw new MappingException(
          entity, null, type.getSimpleName() + " has no canonical constructor to map");
    }
    try {
      int count = constructor.getParameterCount();
      MethodHandle handle =
          MappingLookup.privateLookupIn(type)
              .unreflectConstructor(constructor)
              .asType(MethodType.genericMethodType(count))
              .asSpreader(Object[].class, count);
      return new Construction(null, handle);
    } catch (IllegalAccessException e) {
      throw MappingLookup.notOpen(type, "<init>", e);
    }
  }
}
