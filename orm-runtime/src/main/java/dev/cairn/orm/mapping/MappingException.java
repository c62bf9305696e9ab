package dev.cairn.orm.mapping;

import dev.cairn.core.CairnException;
import org.jspecify.annotations.Nullable;

/**
 * A class cannot be mapped as declared. Raised when the mapping is built (at start-up), never per
 * row; the message names the class and field and says how to fix the declaration.
 */
public class MappingException extends CairnException {

  private static final long serialVersionUID = 1L;

  private final transient @Nullable Class<?> mappedClass;
  private final @Nullable String fieldName;

  /** An error in the mapping of {@code mappedClass} (and its field {@code fieldName}, if any). */
  public MappingException(
      @Nullable Class<?> mappedClass, @Nullable String fieldName, String message) {
    super(message);
    this.mappedClass = mappedClass;
    this.fieldName = fieldName;
  }

  /** An error in the mapping of {@code mappedClass} caused by {@code cause}. */
  public MappingException(
      @Nullable Class<?> mappedClass,
      @Nullable String fieldName,
      String message,
      @Nullable Throwable cause) {
    super(message, cause);
    this.mappedClass = mappedClass;
    this.fieldName = fieldName;
  }

  /** The class whose mapping is wrong, or null when the error is not about one class. */
  public @Nullable Class<?> mappedClass() {
    return mappedClass;
  }

  /** The field whose mapping is wrong, or null when the error is about the class as a whole. */
  public @Nullable String fieldName() {
    return fieldName;
  }
}
