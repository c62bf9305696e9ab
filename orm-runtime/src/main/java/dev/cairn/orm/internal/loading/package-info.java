/**
 * Relationship loading: the ORM's own lazy collections, batch loading of collections and references
 * for every instance of a result, joined and selectin options, raise and strict mode.
 */
@NullMarked
package dev.cairn.orm.internal.loading;

import org.jspecify.annotations.NullMarked;
