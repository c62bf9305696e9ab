/** The Cairn sample application. */
@NullMarked
package dev.cairn.sample;

import org.jspecify.annotations.NullMarked;
