package dev.cairn.test;

/**
 * Ends server sessions the way a crash or an administrator would, to provoke lost connections on
 * PostgreSQL and MariaDB: run {@link #idSql} on the connection to lose, then {@link #killSql} on it
 * (the statement fails: the connection is lost before the commit) or through {@link
 * #killFromOutside} (the connection is lost at its next statement, the commit for instance).
 */
public final class ServerSessions {

  private ServerSessions() {}

  /** SQL returning the server's id for the current session. */
  public static String idSql(TestDb db) {
    return switch (db.database()) {
      case POSTGRESQL -> "SELECT pg_backend_pid()";
      case MARIADB -> "SELECT CONNECTION_ID()";
      default -> throw new IllegalArgumentException("No server sessions on " + db);
    };
  }

  /** SQL ending session {@code id} (on PostgreSQL waiting until it is gone). */
  public static String killSql(TestDb db, long id) {
    return switch (db.database()) {
      case POSTGRESQL -> "SELECT pg_terminate_backend(" + id + ", 10000)";
      case MARIADB -> "KILL CONNECTION " + id;
      default -> throw new IllegalArgumentException("No server sessions on " + db);
    };
  }

  /** Ends session {@code id} from another connection. */
  public static void killFromOutside(TestDb db, long id) {
    db.executeJdbc(killSql(db, id));
  }
}
