/** Cairn Core: the exception hierarchy shared by every layer. */
@NullMarked
package dev.cairn.core;

import org.jspecify.annotations.NullMarked;
