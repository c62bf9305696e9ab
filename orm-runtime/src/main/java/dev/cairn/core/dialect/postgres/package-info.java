/** The PostgreSQL dialect: everything PostgreSQL-specific lives in this package. */
@NullMarked
package dev.cairn.core.dialect.postgres;

import org.jspecify.annotations.NullMarked;
