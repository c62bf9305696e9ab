package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps rows of one shape to one record type: the canonical constructor as a spreading method handle
 * and, per component, the column index, both found once. Per row it only converts values whose
 * driver type differs from the component type.
 */
final class RecordMapper<R extends Record> {

  private final Class<R> type;
  private final MethodHandle constructor;
  private final int[] indexes;
  private final Class<?>[] targets;
  private final boolean[] primitive;
  private final String[] names;

  private RecordMapper(
      Class<R> type,
      MethodHandle constructor,
      int[] indexes,
      Class<?>[] targets,
      boolean[] primitive,
      String[] names) {
    this.type = type;
    this.constructor = constructor;
    this.indexes = indexes;
    this.targets = targets;
    this.primitive = primitive;
    this.names = names;
  }

  static <R extends Record> RecordMapper<R> create(Class<R> type, ResultShape shape) {
    if (!type.isRecord()) {
      throw new CairnException(type.getName() + " is not a record; into(...) maps rows to records");
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = shape.size() - 1; i >= 0; i--) {
      columns.put(normalize(shape.label(i)), i);
    }
    RecordComponent[] components = type.getRecordComponents();
    int n = components.length;
    int[] indexes = new int[n];
    Class<?>[] targets = new Class<?>[n];
    boolean[] primitive = new boolean[n];
    String[] names = new String[n];
    Class<?>[] parameterTypes = new Class<?>[n];
    for (int i = 0; i < n; i++) {
      RecordComponent component = components[i];
      Integer index = columns.get(normalize(component.getName()));
      if (index == null) {
        throw new CairnException(
            "Record "
                + type.getName()
                + " has component '"
                + component.getName()
                + "' but the result has no column of that name (columns "
                + shape.labels()
                + "); label the column "
                + component.getName()
                + " or "
                + snakeCase(component.getName()));
      }
      indexes[i] = index;
      parameterTypes[i] = component.getType();
      targets[i] = Values.box(component.getType());
      primitive[i] = component.getType().isPrimitive();
      names[i] = component.getName();
    }
    return new RecordMapper<>(
        type, constructor(type, parameterTypes), indexes, targets, primitive, names);
  }

  R map(@Nullable Object[] values) {
    Object[] arguments = new Object[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      Object value = values[indexes[i]];
      if (value == null) {
        if (primitive[i]) {
          throw new CairnException(
              "Column for component '"
                  + names[i]
                  + "' of record "
                  + type.getName()
                  + " is NULL but the component is a primitive; make it a wrapper type");
        }
      } else if (!targets[i].isInstance(value)) {
        value = Values.convert(value, targets[i], "column for component '" + names[i] + "'");
      }
      arguments[i] = value;
    }
    try {
      return type.cast(constructor.invokeExact(arguments));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new CairnException("Constructor of record " + type.getName() + " failed", e);
    }
  }

  private static MethodHandle constructor(Class<?> type, Class<?>[] parameterTypes) {
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
      canonical.setAccessible(true);
      return MethodHandles.lookup()
          .unreflectConstructor(canonical)
          .asSpreader(Object[].class, parameterTypes.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new CairnException(
          "Cannot use the canonical constructor of record "
              + type.getName()
              + "; make the record accessible (open its package to dev.cairn)",
          e);
    }
  }

  private static String normalize(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
