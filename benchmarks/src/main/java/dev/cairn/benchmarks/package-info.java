/** JMH benchmarks comparing Cairn Core and ORM with hand-written JDBC, Hibernate and jOOQ. */
@NullMarked
package dev.cairn.benchmarks;

import org.jspecify.annotations.NullMarked;
