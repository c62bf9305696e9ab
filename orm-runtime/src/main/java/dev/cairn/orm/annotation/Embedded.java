package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores an {@link Embeddable} value object in the owner's table. Each of its fields becomes a
 * column named {@code <prefix><column name>}: the prefix defaults to the embedding field's column
 * name and an underscore ({@code homeAddress.city} is {@code home_address_city}). A field of the
 * embeddable whose {@link Column#name()} is given keeps exactly that name, without prefix.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Embedded {

  /** The prefix of the embedded columns; when empty the embedding field's column name plus "_". */
  String prefix() default "";
}
