package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Details of a field's column. Every attribute has a default, so {@code @Column} is only needed to
 * change one: the name defaults to the naming strategy's (snake_case of the field name), a String
 * is a {@code varchar(255)}, a BigDecimal a {@code numeric(19, 2)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {

  /**
   * The value of {@link #length()}, {@link #precision()} and {@link #scale()} that means "default".
   */
  int DEFAULT = -1;

  /** The value of {@link #length()} for an unbounded column: {@code TEXT} or unbounded binary. */
  int UNBOUNDED = 0;

  /** The column's name; from the naming strategy when empty. */
  String name() default "";

  /**
   * Whether the column accepts NULL. Primitive fields, {@link Id} and {@link Version} fields are
   * NOT NULL whatever this says.
   */
  boolean nullable() default true;

  /**
   * The maximum length of a String (default 255) or {@code byte[]} (default unbounded) column;
   * {@link #UNBOUNDED} for {@code TEXT}. Ignored for other types.
   */
  int length() default DEFAULT;

  /** The total digits of a BigDecimal column (default 19). Ignored for other types. */
  int precision() default DEFAULT;

  /** The digits after the point of a BigDecimal column (default 2). Ignored for other types. */
  int scale() default DEFAULT;

  /** Whether the column alone is unique (a single-column UNIQUE constraint). */
  boolean unique() default false;

  /** Whether inserts write the column; when false the database's default fills it. */
  boolean insertable() default true;

  /** Whether updates write the column; when false the column never changes after insert. */
  boolean updatable() default true;
}
