/**
 * The engine: {@link dev.cairn.core.engine.Engine} over a connection pool, connections,
 * transactions, results, and the seams (connection provider, execution listeners) that the Spring
 * integration plugs into.
 */
@NullMarked
package dev.cairn.core.engine;

import org.jspecify.annotations.NullMarked;
