/** The SQLite dialect: everything SQLite-specific lives in this package. */
@NullMarked
package dev.cairn.core.dialect.sqlite;

import org.jspecify.annotations.NullMarked;
