package dev.cairn.orm;

import java.io.Serializable;
import java.util.function.Function;

/**
 * A method reference to a mapped property's getter, such as {@code User::getUsername}, {@code
 * User::isActive} or a record accessor {@code Point::x}. Being serializable, it lets Cairn find the
 * method's name once ({@code getUsername} → property {@code username}) so criteria and orderings
 * are checked by javac and followed by refactoring, with no generated metamodel.
 *
 * <p>Only method references to getters work; a lambda such as {@code u -> u.getUsername()} fails
 * with a message saying to use the method reference.
 *
 * @param <T> the entity type
 * @param <V> the property's Java type
 */
@FunctionalInterface
public interface Getter<T, V> extends Function<T, V>, Serializable {}
