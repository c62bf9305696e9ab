/** The MySQL dialect: everything MySQL-specific lives in this package. */
@NullMarked
package dev.cairn.core.dialect.mysql;

import org.jspecify.annotations.NullMarked;
