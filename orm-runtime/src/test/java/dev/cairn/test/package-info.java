/** Shared test support: the four-database test extension. */
@NullMarked
package dev.cairn.test;

import org.jspecify.annotations.NullMarked;
