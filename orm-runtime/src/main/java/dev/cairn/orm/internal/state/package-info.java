/**
 * The session's bookkeeping, after SQLAlchemy's {@code orm/state.py}: one {@link
 * dev.cairn.orm.internal.state.InstanceState} per attached object (key, lifecycle, the loaded row
 * as snapshot, settled references, collection snapshots) and the {@link
 * dev.cairn.orm.internal.state.IdentityMap} that finds states by object and by key. Depends on the
 * mapping only; the session, loading and flush packages use it.
 */
@NullMarked
package dev.cairn.orm.internal.state;

import org.jspecify.annotations.NullMarked;
