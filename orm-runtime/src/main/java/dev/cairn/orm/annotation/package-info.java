/**
 * The annotations that map Java classes to tables: {@link dev.cairn.orm.annotation.Entity}, {@link
 * dev.cairn.orm.annotation.Id}, {@link dev.cairn.orm.annotation.Column}, value objects ({@link
 * dev.cairn.orm.annotation.Embeddable}), converters and the relationship annotations. The mapping
 * model that reads them is {@code dev.cairn.orm.mapping.MappingModel}.
 */
@NullMarked
package dev.cairn.orm.annotation;

import org.jspecify.annotations.NullMarked;
