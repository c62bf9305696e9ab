/**
 * Tests of the mapping a JPA application brings along: mapping default load strategies, {@code
 * OrderBy}, unidirectional one-to-many relationships, final collection fields, and merging detached
 * graphs.
 */
@NullMarked
package dev.cairn.orm.jpa;

import org.jspecify.annotations.NullMarked;
