package dev.cairn.core.schema;

import dev.cairn.core.sql.SqlNode;

/**
 * A CHECK constraint. The condition is rendered with literals inlined and columns unqualified.
 *
 * @param name the constraint's name
 * @param condition the condition every row must satisfy
 */
public record CheckConstraint(String name, SqlNode condition) {}
