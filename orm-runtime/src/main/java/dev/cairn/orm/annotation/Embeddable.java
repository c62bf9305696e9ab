package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value-object class (a record or a plain class) whose fields are stored as columns of the
 * table of every entity that embeds it with {@link Embedded}. It has no identity and no table of
 * its own; an embedded value whose columns are all NULL loads as null.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Embeddable {}
