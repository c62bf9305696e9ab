package dev.cairn.orm.mapping;

/**
 * One item of a collection's {@code @OrderBy}: a column property of the element entity and its
 * direction.
 *
 * @param property the element entity's property sorted by
 * @param descending whether it sorts descending ({@code DESC})
 */
public record ElementOrder(PropertyModel property, boolean descending) {}
