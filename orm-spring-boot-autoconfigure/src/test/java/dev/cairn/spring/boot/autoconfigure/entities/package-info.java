/** Entities scanned by the auto-configuration tests. */
@NullMarked
package dev.cairn.spring.boot.autoconfigure.entities;

import org.jspecify.annotations.NullMarked;
