/** The H2 dialect: everything H2-specific lives in this package. */
@NullMarked
package dev.cairn.core.dialect.h2;

import org.jspecify.annotations.NullMarked;
