/**
 * The ORM: {@link dev.cairn.orm.SessionFactory} builds the mapping once and opens {@link
 * dev.cairn.orm.Session}s — units of work with an identity map — which run {@link
 * dev.cairn.orm.Query}s.
 */
@NullMarked
package dev.cairn.orm;

import org.jspecify.annotations.NullMarked;
