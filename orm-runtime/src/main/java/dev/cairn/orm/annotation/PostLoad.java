package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity method the session calls after the entity was loaded from a row or refreshed. The
 * method takes no parameters, returns {@code void} and may have any visibility; it is resolved once
 * when the {@code SessionFactory} is built.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PostLoad {}
