/**
 * Cairn in Spring without Boot: connections and sessions bound to Spring-managed transactions, and
 * the shared, injectable {@link dev.cairn.orm.Session} proxy.
 */
@NullMarked
package dev.cairn.spring;

import org.jspecify.annotations.NullMarked;
