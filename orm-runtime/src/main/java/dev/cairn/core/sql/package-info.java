/**
 * The SQL expression language: immutable statement and expression objects built from {@link
 * dev.cairn.core.sql.Sql}, compiled for a {@link dev.cairn.core.sql.SqlDialect} into SQL text and
 * bound parameters.
 */
@NullMarked
package dev.cairn.core.sql;

import org.jspecify.annotations.NullMarked;
