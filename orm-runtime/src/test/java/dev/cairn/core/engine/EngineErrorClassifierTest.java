package dev.cairn.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.ErrorKind;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

/** The codes each classifier knows, including those a test cannot easily provoke. */
class EngineErrorClassifierTest {

  private static ErrorKind classify(Dialect dialect, String state, int code, String message) {
    return dialect.errors().classify(new SQLException(message, state, code));
  }

  @Test
  void postgresql() {
    Dialect pg = Dialects.POSTGRESQL;
    assertThat(classify(pg, "23505", 0, "")).isEqualTo(ErrorKind.UNIQUE_VIOLATION);
    assertThat(classify(pg, "23503", 0, "")).isEqualTo(ErrorKind.FOREIGN_KEY_VIOLATION);
    assertThat(classify(pg, "23502", 0, "")).isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
    assertThat(classify(pg, "23514", 0, "")).isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
    assertThat(classify(pg, "40001", 0, "")).isEqualTo(ErrorKind.DEADLOCK);
    assertThat(classify(pg, "40P01", 0, "")).isEqualTo(ErrorKind.DEADLOCK);
    assertThat(classify(pg, "55P03", 0, "")).isEqualTo(ErrorKind.LOCK_TIMEOUT);
    assertThat(classify(pg, "57014", 0, "")).isEqualTo(ErrorKind.TIMEOUT);
    assertThat(classify(pg, "08006", 0, "")).isEqualTo(ErrorKind.CONNECTION_FAILURE);
    assertThat(classify(pg, "57P01", 0, "")).isEqualTo(ErrorKind.CONNECTION_FAILURE);
    assertThat(classify(pg, "42P01", 0, "")).isEqualTo(ErrorKind.SYNTAX_OR_UNKNOWN_OBJECT);
    assertThat(classify(pg, "25006", 0, "")).isEqualTo(ErrorKind.OTHER);
  }

  @Test
  void h2() {
    Dialect h2 = Dialects.H2;
    assertThat(classify(h2, "23505", 23505, "")).isEqualTo(ErrorKind.UNIQUE_VIOLATION);
    assertThat(classify(h2, "23503", 23503, "")).isEqualTo(ErrorKind.FOREIGN_KEY_VIOLATION);
    assertThat(classify(h2, "23506", 23506, "")).isEqualTo(ErrorKind.FOREIGN_KEY_VIOLATION);
    assertThat(classify(h2, "23513", 23513, "")).isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
    assertThat(classify(h2, "40001", 40001, "")).isEqualTo(ErrorKind.DEADLOCK);
    assertThat(classify(h2, "HYT00", 50200, "")).isEqualTo(ErrorKind.LOCK_TIMEOUT);
    assertThat(classify(h2, "57014", 57014, "")).isEqualTo(ErrorKind.TIMEOUT);
    assertThat(classify(h2, "90067", 90067, "")).isEqualTo(ErrorKind.CONNECTION_FAILURE);
    assertThat(classify(h2, "42S02", 42102, "")).isEqualTo(ErrorKind.SYNTAX_OR_UNKNOWN_OBJECT);
  }

  @Test
  void mariadbAndMysqlByVendorCode() {
    for (Dialect dialect : new Dialect[] {Dialects.MARIADB, Dialects.MYSQL}) {
      assertThat(classify(dialect, "23000", 1062, "")).isEqualTo(ErrorKind.UNIQUE_VIOLATION);
      assertThat(classify(dialect, "23000", 1451, "")).isEqualTo(ErrorKind.FOREIGN_KEY_VIOLATION);
      assertThat(classify(dialect, "23000", 1452, "")).isEqualTo(ErrorKind.FOREIGN_KEY_VIOLATION);
      assertThat(classify(dialect, "23000", 1048, "")).isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
      assertThat(classify(dialect, "23000", 4025, "")).isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
      assertThat(classify(dialect, "HY000", 3819, "")).isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
      assertThat(classify(dialect, "40001", 1213, "")).isEqualTo(ErrorKind.DEADLOCK);
      assertThat(classify(dialect, "HY000", 1205, "")).isEqualTo(ErrorKind.LOCK_TIMEOUT);
      assertThat(classify(dialect, "42000", 1064, ""))
          .isEqualTo(ErrorKind.SYNTAX_OR_UNKNOWN_OBJECT);
      assertThat(classify(dialect, "42S02", 1146, ""))
          .isEqualTo(ErrorKind.SYNTAX_OR_UNKNOWN_OBJECT);
      assertThat(classify(dialect, "42S22", 1054, ""))
          .isEqualTo(ErrorKind.SYNTAX_OR_UNKNOWN_OBJECT);
      assertThat(classify(dialect, "70100", 1969, "")).isEqualTo(ErrorKind.TIMEOUT);
      assertThat(classify(dialect, "08000", 2013, "")).isEqualTo(ErrorKind.CONNECTION_FAILURE);
      // a failover driver that reconnected on its own lost the transaction
      assertThat(classify(dialect, "25S03", 0, "")).isEqualTo(ErrorKind.CONNECTION_FAILURE);
    }
  }

  @Test
  void sqliteByExtendedCodeOrByTheNameInTheMessage() {
    Dialect sqlite = Dialects.SQLITE;
    assertThat(classify(sqlite, null, 2067, "")).isEqualTo(ErrorKind.UNIQUE_VIOLATION);
    assertThat(classify(sqlite, null, 1555, "")).isEqualTo(ErrorKind.UNIQUE_VIOLATION);
    assertThat(classify(sqlite, null, 787, "")).isEqualTo(ErrorKind.FOREIGN_KEY_VIOLATION);
    assertThat(classify(sqlite, null, 1299, "")).isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
    assertThat(classify(sqlite, null, 275, "")).isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
    assertThat(classify(sqlite, null, 5, "")).isEqualTo(ErrorKind.LOCK_TIMEOUT);
    assertThat(classify(sqlite, null, 6, "")).isEqualTo(ErrorKind.LOCK_TIMEOUT);
    assertThat(classify(sqlite, null, 19, "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed"))
        .isEqualTo(ErrorKind.UNIQUE_VIOLATION);
    assertThat(classify(sqlite, null, 19, "[SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key failed"))
        .isEqualTo(ErrorKind.FOREIGN_KEY_VIOLATION);
    assertThat(classify(sqlite, null, 19, "[SQLITE_CONSTRAINT_NOTNULL] x"))
        .isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
    assertThat(classify(sqlite, null, 5, "[SQLITE_BUSY] The database file is locked"))
        .isEqualTo(ErrorKind.LOCK_TIMEOUT);
    assertThat(classify(sqlite, null, 1, "[SQLITE_ERROR] SQL error (no such table: x)"))
        .isEqualTo(ErrorKind.SYNTAX_OR_UNKNOWN_OBJECT);
  }

  @Test
  void chainedBatchCausesAndJdbcTimeoutsAreClassified() {
    BatchUpdateException batch =
        new BatchUpdateException("Batch entry 0 failed", "", 0, new int[0]);
    batch.setNextException(new SQLException("duplicate key", "23505"));
    assertThat(Dialects.POSTGRESQL.errors().classify(batch)).isEqualTo(ErrorKind.UNIQUE_VIOLATION);
    assertThat(Dialects.H2.errors().classify(new SQLTimeoutException("timed out")))
        .isEqualTo(ErrorKind.TIMEOUT);
  }
}
