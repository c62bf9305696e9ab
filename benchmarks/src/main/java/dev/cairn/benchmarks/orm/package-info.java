/** The Cairn ORM entities of the benchmarks (tables {@code orm_*}). */
@NullMarked
package dev.cairn.benchmarks.orm;

import org.jspecify.annotations.NullMarked;
