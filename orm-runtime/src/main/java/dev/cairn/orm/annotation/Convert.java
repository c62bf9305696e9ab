package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Stores a field through an {@link AttributeConverter}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Convert {

  /** The converter class; it needs a no-argument constructor (of any visibility). */
  @SuppressWarnings("rawtypes")
  Class<? extends AttributeConverter> converter();
}
