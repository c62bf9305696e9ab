/**
 * Failure analyzers: what went wrong when Cairn stopped an application from starting, and what to
 * do.
 */
@NullMarked
package dev.cairn.spring.boot.autoconfigure.diagnostics;

import org.jspecify.annotations.NullMarked;
