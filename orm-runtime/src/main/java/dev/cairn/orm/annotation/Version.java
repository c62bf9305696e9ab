package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that versions rows for optimistic locking: a counter ({@code short}, {@code int},
 * {@code long} or their wrappers; starts at 1 and is incremented by every update) or a timestamp
 * ({@code LocalDateTime}, {@code OffsetDateTime}, {@code Instant}; set to the current time by every
 * write). At most one per entity; its column is NOT NULL.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {}
