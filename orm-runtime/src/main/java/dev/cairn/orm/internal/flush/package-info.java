/**
 * The unit of work as data, then execution: {@link dev.cairn.orm.internal.flush.FlushPlanner} turns
 * the session's entries into an ordered list of {@link dev.cairn.orm.internal.flush.FlushAction}s
 * and {@link dev.cairn.orm.internal.flush.FlushExecutor} runs them in JDBC batches with statements
 * prebuilt per entity by {@link dev.cairn.orm.internal.flush.EntityPersister}.
 */
@NullMarked
package dev.cairn.orm.internal.flush;

import org.jspecify.annotations.NullMarked;
