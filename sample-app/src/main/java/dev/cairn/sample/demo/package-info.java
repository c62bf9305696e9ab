/** Demo data for a fresh database. */
@NullMarked
package dev.cairn.sample.demo;

import org.jspecify.annotations.NullMarked;
