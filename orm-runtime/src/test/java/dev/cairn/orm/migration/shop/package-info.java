/** Entities whose tables the schema diff command compares with a database. */
@NullMarked
package dev.cairn.orm.migration.shop;

import org.jspecify.annotations.NullMarked;
