/** The contenders: hand-written JDBC, Cairn Core, Cairn ORM, Hibernate and jOOQ. */
@NullMarked
package dev.cairn.benchmarks.contenders;

import org.jspecify.annotations.NullMarked;
