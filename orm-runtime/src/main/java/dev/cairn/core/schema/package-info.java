/**
 * Schema metadata: {@link dev.cairn.core.schema.MetaData} holds {@link
 * dev.cairn.core.schema.Table}s of typed {@link dev.cairn.core.schema.Column}s with keys,
 * constraints and indexes, and creates or drops them in foreign-key order.
 */
@NullMarked
package dev.cairn.core.schema;

import org.jspecify.annotations.NullMarked;
