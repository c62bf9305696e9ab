package dev.cairn.core.engine;

import dev.cairn.core.sql.Sql;
import dev.cairn.test.TestDb;

/** Ends server sessions the way a crash or an administrator would, to provoke lost connections. */
final class ServerSessions {

  private ServerSessions() {}

  /** The server's id for the session of {@code connection} (PostgreSQL or MariaDB). */
  static long id(TestDb db, Connection connection) {
    String sql =
        switch (db.database()) {
          case POSTGRESQL -> "SELECT pg_backend_pid()";
          case MARIADB -> "SELECT CONNECTION_ID()";
          default -> throw new IllegalArgumentException("No server sessions on " + db);
        };
    Long id = connection.execute(Sql.text(sql)).scalar(Long.class);
    return id == null ? -1 : id;
  }

  /** Makes the server end the session of {@code connection} from inside; the statement fails. */
  static void killOwn(TestDb db, Connection connection) {
    long id = id(db, connection);
    connection.execute(Sql.text(killSql(db, id)));
  }

  /** Ends session {@code id} from another connection, waiting until it is gone. */
  static void killFromOutside(TestDb db, long id) {
    db.executeJdbc(killSql(db, id));
  }

  private static String killSql(TestDb db, long id) {
    return switch (db.database()) {
      case POSTGRESQL -> "SELECT pg_terminate_backend(" + id + ", 10000)";
      case MARIADB -> "KILL CONNECTION " + id;
      default -> throw new IllegalArgumentException("No server sessions on " + db);
    };
  }
}
