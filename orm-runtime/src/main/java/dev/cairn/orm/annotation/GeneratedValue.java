package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link Id} field whose value is generated: by an identity column (the default), a
 * sequence, or as a client-side random UUID. Only for a single-field key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface GeneratedValue {

  /** How the value is generated. */
  GenerationStrategy strategy() default GenerationStrategy.IDENTITY;

  /**
   * The sequence's name for {@link GenerationStrategy#SEQUENCE}; when empty the naming strategy
   * names it ({@code <table>_seq} by default). Ignored by the other strategies.
   */
  String sequence() default "";
}
