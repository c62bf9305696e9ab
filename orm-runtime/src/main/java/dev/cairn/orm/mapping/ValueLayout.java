package dev.cairn.orm.mapping;

import dev.cairn.core.CairnException;
import java.lang.invoke.MethodHandle;
import org.jspecify.annotations.Nullable;

/**
 * The mapped fields of one class (an entity or an embeddable) as a slice of the column-value array,
 * and how an instance is built from that slice or written into it. Built once; the per-row methods
 * only call prebuilt method handles.
 */
final class ValueLayout {

  /** One mapped field: a column (one value) or an embedded value object (a nested slice). */
  record Slot(
      FieldAccessor accessor,
      Class<?> fieldType,
      int offset,
      @Nullable PropertyModel property,
      @Nullable ValueLayout embedded) {}

  private final Class<?> type;
  private final Slot[] slots;
  private final int width;
  private final Construction construction;

  ValueLayout(Class<?> type, Slot[] slots, int width, Construction construction) {
    this.type = type;
    this.slots = slots;
    this.width = width;
    this.construction = construction;
  }

  /** The number of columns this class spans. */
  int width() {
    return width;
  }

  /** Whether instances can be filled field by field (false for records and final fields). */
  boolean fillable() {
    for (Slot slot : slots) {
      if (!slot.accessor().settable()) {
        return false;
      }
    }
    return true;
  }

  /** A new instance from the column values {@code values[offset, offset + width)}. */
  Object instantiate(@Nullable Object[] values, int offset) {
    MethodHandle allArgs = construction.allArgs();
    try {
      if (allArgs != null) {
        Object[] arguments = new Object[slots.length];
        for (int i = 0; i < slots.length; i++) {
          Object value = value(slots[i], values, offset);
          if (value == null && slots[i].fieldType().isPrimitive()) {
            throw nullIntoPrimitive(slots[i]);
          }
          arguments[i] = value;
        }
        return (Object) allArgs.invokeExact(arguments);
      }
      MethodHandle noArg = construction.noArg();
      if (noArg == null) {
        throw new IllegalStateException("no constructor for " + type.getName());
      }
      Object instance = (Object) noArg.invokeExact();
      fill(instance, values, offset);
      return instance;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new CairnException("Constructor of " + type.getName() + " failed: " + e, e);
    }
  }

  /** Null when every value of the slice is null, else a new instance. */
  @Nullable Object instantiateOrNull(@Nullable Object[] values, int offset) {
    for (int i = offset; i < offset + width; i++) {
      if (values[i] != null) {
        return instantiate(values, offset);
      }
    }
    return null;
  }

  /** Sets every mapped field of {@code target} from the slice. */
  void fill(Object target, @Nullable Object[] values, int offset) {
    for (Slot slot : slots) {
      slot.accessor().set(target, value(slot, values, offset));
    }
  }

  /** Writes the column values of {@code source} into {@code out[offset, offset + width)}. */
  void extract(Object source, @Nullable Object[] out, int offset) {
    for (Slot slot : slots) {
      Object value = slot.accessor().get(source);
      PropertyModel property = slot.property();
      if (property != null) {
        out[offset + slot.offset()] = property.toColumnValue(value);
      } else {
        ValueLayout embedded = slot.embedded();
        if (embedded != null) {
          if (value == null) {
            for (int i = 0; i < embedded.width; i++) {
              out[offset + slot.offset() + i] = null;
            }
          } else {
            embedded.extract(value, out, offset + slot.offset());
          }
        }
      }
    }
  }

  private static @Nullable Object value(Slot slot, @Nullable Object[] values, int offset) {
    PropertyModel property = slot.property();
    if (property != null) {
      return property.toAttributeValue(values[offset + slot.offset()]);
    }
    ValueLayout embedded = slot.embedded();
    return embedded == null ? null : embedded.instantiateOrNull(values, offset + slot.offset());
  }

  private CairnException nullIntoPrimitive(Slot slot) {
    PropertyModel property = slot.property();
    String what = property != null ? "column " + property.column() : "an embedded value";
    return new CairnException(
        type.getSimpleName()
            + " cannot be built: "
            + what
            + " is NULL but its field is a primitive "
            + slot.fieldType()
            + "; use the wrapper type or keep the column NOT NULL");
  }
}
