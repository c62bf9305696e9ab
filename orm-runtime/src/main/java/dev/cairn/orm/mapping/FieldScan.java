package dev.cairn.orm.mapping;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.MappedSuperclass;
import dev.cairn.orm.annotation.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Finds the mapped fields of a class: its own and its {@link MappedSuperclass} ancestors'. */
final class FieldScan {

  private FieldScan() {}

  /**
   * The mapped fields of {@code type} in declaration order, {@link MappedSuperclass} ancestors'
   * first: every instance field that is neither {@code transient} nor {@link Transient}.
   */
  static List<Field> mappedFields(Class<?> type) {
    Deque<Class<?>> chain = new ArrayDeque<>();
    chain.push(type);
    for (Class<?> c = type.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(Entity.class)) {
        throw new MappingException(
            type,
            null,
            "Entity "
                + type.getSimpleName()
                + " extends entity "
                + c.getSimpleName()
                + "; entity inheritance is not supported. Make "
                + c.getSimpleName()
                + " a @MappedSuperclass (without @Entity) to share its fields");
      }
      if (c.isAnnotationPresent(MappedSuperclass.class)) {
        chain.push(c);
      }
    }
    List<Field> fields = new ArrayList<>();
    for (Class<?> c : chain) {
      for (Field field : c.getDeclaredFields()) {
        if (isMapped(field)) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  /** Whether {@code field} is an instance field that takes part in the mapping. */
  static boolean isMapped(Field field) {
    int modifiers = field.getModifiers();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isTransient(modifiers)
        && !field.isSynthetic()
        && !field.isAnnotationPresent(Transient.class);
  }
}
