/** A repository whose query method names a property the entity does not have. */
@NullMarked
package dev.cairn.spring.boot.autoconfigure.data.broken;

import org.jspecify.annotations.NullMarked;
