/** An application that routes read-only transactions to a read replica. */
@NullMarked
package dev.cairn.spring.boot.autoconfigure.replica;

import org.jspecify.annotations.NullMarked;
