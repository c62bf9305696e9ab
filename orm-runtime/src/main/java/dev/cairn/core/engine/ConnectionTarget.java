package dev.cairn.core.engine;

import java.util.Locale;

/** Which server a connection reaches: the primary (read-write) or a read replica. */
public enum ConnectionTarget {
  /** The primary server: every write, and every read that is not routed to a replica. */
  PRIMARY,
  /** A read replica (a hot standby): read-only work routed there. */
  REPLICA;

  private final String tag = name().toLowerCase(Locale.ROOT);

  /** The lower-case name, as metrics tag it ({@code primary}, {@code replica}). */
  public String tag() {
    return tag;
  }
}
