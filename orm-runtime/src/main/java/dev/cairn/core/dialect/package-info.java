/**
 * Dialects: {@link dev.cairn.core.dialect.Dialect} assembles a database's capability objects;
 * {@link dev.cairn.core.dialect.Dialects} finds one by name or from connection metadata. Each
 * database has a sub-package; database-specific code lives there and nowhere else.
 */
@NullMarked
package dev.cairn.core.dialect;

import org.jspecify.annotations.NullMarked;
