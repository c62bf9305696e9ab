package dev.cairn.orm;

/**
 * How a session opened by {@link SessionFactory#openSession(SessionOptions)} behaves. Immutable;
 * start from {@link #defaults()} or {@link #readOnly()}.
 *
 * <pre>{@code
 * try (Session session = sessions.openSession(SessionOptions.readOnly())) {
 *   List<Order> orders = session.query(Order.class).all();   // no snapshots, never flushed
 * }
 * }</pre>
 */
public final class SessionOptions {

  private static final SessionOptions DEFAULTS = new SessionOptions(false);
  private static final SessionOptions READ_ONLY = new SessionOptions(true);

  private final boolean readOnly;

  private SessionOptions(boolean readOnly) {
    this.readOnly = readOnly;
  }

  /** A read-write session, as {@link SessionFactory#openSession()} opens. */
  public static SessionOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A read-only session, as Hibernate's {@code Session.setDefaultReadOnly(true)} and Spring's
   * {@code @Transactional(readOnly = true)}: the objects it loads keep no snapshot, so loading
   * costs less memory and commit nothing; it never flushes (objects added or changed in it are not
   * written: {@code flush()} and {@code commit()} write nothing). The identity map still holds one
   * instance per row.
   */
  public static SessionOptions readOnly() {
    return READ_ONLY;
  }

  /** These options with read-only on or off. */
  public SessionOptions withReadOnly(boolean enabled) {
    return enabled ? READ_ONLY : DEFAULTS;
  }

  /** Whether the session is read-only. */
  public boolean isReadOnly() {
    return readOnly;
  }

  @Override
  public String toString() {
    return "SessionOptions[readOnly=" + readOnly + "]";
  }
}
