/**
 * Micrometer instrumentation of Cairn: an Observation per statement ({@code cairn.statements}) and
 * per flush ({@code cairn.flushes}), and counters of the entities flushes wrote.
 */
@NullMarked
package dev.cairn.spring.micrometer;

import org.jspecify.annotations.NullMarked;
