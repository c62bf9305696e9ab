/**
 * The read-only mapping model, built once from annotated classes: {@link
 * dev.cairn.orm.mapping.MappingModel} holds an {@link dev.cairn.orm.mapping.EntityModel} per entity
 * class, with its Core {@code Table}, its {@link dev.cairn.orm.mapping.PropertyModel}s and prebuilt
 * accessors that do no reflection lookups per row.
 */
@NullMarked
package dev.cairn.orm.mapping;

import org.jspecify.annotations.NullMarked;
