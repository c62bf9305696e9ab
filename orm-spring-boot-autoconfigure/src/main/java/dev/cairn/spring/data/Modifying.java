package dev.cairn.spring.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Query} method as an UPDATE, DELETE or INSERT: it returns the number of rows
 * changed ({@code int}, {@code long}) or nothing. As in Spring Data JPA, the session's pending
 * changes are flushed first unless {@link #flushAutomatically()} is false, and the session is
 * cleared afterwards when {@link #clearAutomatically()} is true (objects it held are then stale).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Modifying {

  /**
   * Whether to flush the session before the statement runs. With autoflush on (the session
   * factory's default) the session flushes before every statement anyway; this matters when it is
   * off.
   */
  boolean flushAutomatically() default true;

  /** Whether to clear the session after the statement ran. */
  boolean clearAutomatically() default false;
}
