/** Tests of sessions whose transaction is managed outside Cairn. */
@NullMarked
package dev.cairn.orm.managed;

import org.jspecify.annotations.NullMarked;
