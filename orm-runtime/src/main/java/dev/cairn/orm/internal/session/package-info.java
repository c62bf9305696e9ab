/**
 * The {@code Session} implementation: identity map, object states, transactions and the {@code
 * SessionContext} the query layer materializes rows through.
 */
@NullMarked
package dev.cairn.orm.internal.session;

import org.jspecify.annotations.NullMarked;
