/** The implementation of {@code Query}: building, running and materializing entity queries. */
@NullMarked
package dev.cairn.orm.internal.query;

import org.jspecify.annotations.NullMarked;
