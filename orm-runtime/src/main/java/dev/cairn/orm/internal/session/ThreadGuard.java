package dev.cairn.orm.internal.session;

import dev.cairn.core.InvalidUsageException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Fails fast when two threads use one session at once: a call records its thread (one CAS) and a
 * call from another thread while it runs throws. Re-entrant for the owning thread.
 */
final class ThreadGuard {

  private final AtomicReference<@Nullable Thread> owner = new AtomicReference<>();

  /** Claims the session for this thread; true when this call must {@link #exit} it. */
  boolean enter() {
    Thread me = Thread.currentThread();
    if (owner.get() == me) {
      return false;
    }
    if (owner.compareAndSet(null, me)) {
      return true;
    }
    Thread other = owner.get();
    throw new InvalidUsageException(
        "This Session is in use by thread '"
            + (other == null ? "?" : other.getName())
            + "' while thread '"
            + me.getName()
            + "' called it; a Session belongs to one thread at a time: open a session per thread"
            + " (SessionFactory.openSession())");
  }

  /** Releases the claim taken by {@link #enter} when it returned true. */
  void exit(boolean entered) {
    if (entered) {
      owner.set(null);
    }
  }
}
