package dev.cairn.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order of the elements of a {@link OneToMany} or {@link ManyToMany} collection, as JPA's
 * {@code @OrderBy}: property names of the element entity (not columns), each optionally followed by
 * {@code ASC} or {@code DESC}, separated by commas, e.g. {@code @OrderBy("name")} or
 * {@code @OrderBy("visitDate DESC, id")}. An empty value orders by the element's key. Lazy,
 * selectin and joined loads all apply it (a joined load puts it into the query's ORDER BY after the
 * query's own order); without it collections come in key order. A name that is no property of the
 * element entity fails when the mapping is built.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OrderBy {

  /** The ordering: {@code "property [ASC|DESC], ..."}; empty orders by the element's key. */
  String value() default "";
}
