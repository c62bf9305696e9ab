package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DatabaseException#withContext} raises a failure again with what was being done in front of
 * its message, as the same class and kind, with the same SQL, SQLState and vendor code.
 */
class DatabaseExceptionContextTest {

  private static final SQLException DRIVER = new SQLException("driver says no", "XX123", 4711);
  private static final String SQL = "INSERT INTO item (name) VALUES (?)";

  @Test
  void everyCairnDatabaseExceptionKeepsItsClassKindAndDetails() {
    List<DatabaseException> originals =
        List.of(
            new DatabaseException("other", ErrorKind.OTHER, SQL, DRIVER),
            new IntegrityViolationException("check", ErrorKind.INTEGRITY_VIOLATION, SQL, DRIVER),
            new UniqueViolationException("duplicate", SQL, DRIVER),
            new ForeignKeyViolationException("fk", SQL, DRIVER),
            new TransientDatabaseException("transient", ErrorKind.DEADLOCK, SQL, DRIVER),
            new DeadlockException("deadlock", SQL, DRIVER),
            new LockTimeoutException("lock", SQL, DRIVER),
            new QueryTimeoutException("slow", SQL, DRIVER),
            new ConnectionFailureException("gone", SQL, DRIVER),
            new ConnectionPoolTimeoutException("pool", "cairn-1", DRIVER),
            new SqlGrammarException("grammar", SQL, DRIVER));
    for (DatabaseException original : originals) {
      DatabaseException again = original.withContext("Flush failed: INSERT of Item failed");
      assertThat(again).isExactlyInstanceOf(original.getClass()).hasCause(original);
      assertThat(again.kind()).isEqualTo(original.kind());
      assertThat(again.sql()).isEqualTo(original.sql());
      assertThat(again.sqlState()).isEqualTo("XX123");
      assertThat(again.vendorCode()).isEqualTo(4711);
      assertThat(again.context()).isEqualTo("Flush failed: INSERT of Item failed");
      assertThat(again.getMessage())
          .isEqualTo("Flush failed: INSERT of Item failed: " + original.getMessage());
      assertThat(original.context()).isNull();
    }
  }

  @Test
  void aPoolTimeoutIsTransientAndNamesNoStatement() {
    ConnectionPoolTimeoutException timeout =
        new ConnectionPoolTimeoutException("pool", "cairn-1", null);
    assertThat(timeout.withContext("Opening a session").poolName()).isEqualTo("cairn-1");
    assertThat(timeout).isInstanceOf(TransientDatabaseException.class);
    assertThat(timeout.kind()).isEqualTo(ErrorKind.POOL_TIMEOUT);
    assertThat(timeout.sql()).isNull();
  }
}
