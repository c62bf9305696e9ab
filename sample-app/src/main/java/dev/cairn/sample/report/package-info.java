/** Reports written against the injected Cairn {@code Session} with Core SQL: joins, aggregates. */
@NullMarked
package dev.cairn.sample.report;

import org.jspecify.annotations.NullMarked;
