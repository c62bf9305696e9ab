/** Tests of writing relationships: foreign keys, cascades, link rows, cycles. */
@NullMarked
package dev.cairn.orm.relwrite;

import org.jspecify.annotations.NullMarked;
