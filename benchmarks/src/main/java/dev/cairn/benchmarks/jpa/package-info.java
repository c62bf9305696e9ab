/** The Hibernate (JPA) entities of the benchmarks (tables {@code hib_*}). */
@NullMarked
package dev.cairn.benchmarks.jpa;

import org.jspecify.annotations.NullMarked;
