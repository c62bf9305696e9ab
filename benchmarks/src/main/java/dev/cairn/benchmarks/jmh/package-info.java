/**
 * The JMH benchmarks, one class per operation, each parameterized by database and contender. Every
 * invocation is one whole operation, timed as a single shot.
 */
@NullMarked
package dev.cairn.benchmarks.jmh;

import org.jspecify.annotations.NullMarked;
