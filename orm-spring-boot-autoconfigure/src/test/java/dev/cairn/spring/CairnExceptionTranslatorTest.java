package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cairn.core.CairnException;
import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.ConnectionPoolTimeoutException;
import dev.cairn.core.DatabaseException;
import dev.cairn.core.DeadlockException;
import dev.cairn.core.ErrorKind;
import dev.cairn.core.InvalidUsageException;
import dev.cairn.core.QueryTimeoutException;
import dev.cairn.core.UniqueViolationException;
import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.NotLoadedException;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.annotation.Version;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Every kind of Cairn failure, most of them real ones on H2, and the Spring exception it becomes.
 */
class CairnExceptionTranslatorTest {

  private final CairnExceptionTranslator translator = new CairnExceptionTranslator();
  private Engine engine;

  @Entity
  @Table(name = "xlate_accounts")
  static class XlateAccount {
    @Id @GeneratedValue Long id;
    String owner;
    @Version long version;

    XlateAccount() {}

    XlateAccount(String owner) {
      this.owner = owner;
    }
  }

  /** Not mappable: no {@code @Id}. */
  @Entity
  static class XlateNoId {
    String name;
  }

  @BeforeEach
  void createTables() {
    engine =
        Engine.create(
            "jdbc:h2:mem:xlate" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=100");
    engine.executeDdl(
        List.of(
            "CREATE TABLE xlate_parent (id INT PRIMARY KEY, name VARCHAR(10) NOT NULL)",
            "CREATE TABLE xlate_child (id INT PRIMARY KEY,"
                + " parent_id INT NOT NULL REFERENCES xlate_parent (id))",
            "INSERT INTO xlate_parent (id, name) VALUES (1, 'one')"));
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  private CairnException failure(String sql) {
    return catchThrowableOfType(
        CairnException.class,
        () -> {
          try (Connection connection = engine.connect()) {
            connection.executeUpdate(Sql.text(sql));
          }
        });
  }

  @Test
  void duplicateKeyBecomesDuplicateKeyException() {
    CairnException failure = failure("INSERT INTO xlate_parent (id, name) VALUES (1, 'again')");
    DataAccessException translated = translator.translate(failure);
    assertThat(translated).isInstanceOf(DuplicateKeyException.class).hasCause(failure);
    assertThat(translated.getMessage()).isEqualTo(failure.getMessage());
  }

  @Test
  void foreignKeyViolationBecomesDataIntegrityViolation() {
    CairnException failure = failure("INSERT INTO xlate_child (id, parent_id) VALUES (1, 99)");
    assertThat(translator.translate(failure))
        .isExactlyInstanceOf(DataIntegrityViolationException.class)
        .hasCause(failure);
  }

  @Test
  void notNullViolationBecomesDataIntegrityViolation() {
    CairnException failure = failure("INSERT INTO xlate_parent (id, name) VALUES (2, NULL)");
    assertThat(translator.translate(failure))
        .isExactlyInstanceOf(DataIntegrityViolationException.class)
        .hasCause(failure);
  }

  @Test
  void unknownTableBecomesBadSqlGrammarWithTheSql() {
    CairnException failure = failure("UPDATE xlate_missing SET name = 'x'");
    DataAccessException translated = translator.translate(failure);
    assertThat(translated).isInstanceOf(BadSqlGrammarException.class);
    BadSqlGrammarException grammar = (BadSqlGrammarException) translated;
    assertThat(grammar.getSql()).isEqualTo("UPDATE xlate_missing SET name = 'x'");
    assertThat((Object) grammar.getSQLException()).isSameAs(failure.getCause());
    assertThat(grammar).hasCause(failure).hasMessage(failure.getMessage());
    assertThat(grammar.getSuppressed()).isEmpty();
    assertThat(stackTrace(grammar)).doesNotContain("CIRCULAR REFERENCE");
  }

  @Test
  void grammarErrorWithoutSqlIsResourceUsage() {
    SqlGrammarExceptionWithoutSql failure = new SqlGrammarExceptionWithoutSql();
    assertThat(translator.translate(failure))
        .isExactlyInstanceOf(InvalidDataAccessResourceUsageException.class)
        .hasCause(failure);
  }

  @Test
  void lockTimeoutBecomesCannotAcquireLock() {
    try (Connection holder = engine.connect()) {
      holder.begin();
      holder.executeUpdate(Sql.text("UPDATE xlate_parent SET name = 'held' WHERE id = 1"));
      CairnException failure = failure("UPDATE xlate_parent SET name = 'waits' WHERE id = 1");
      assertThat(translator.translate(failure))
          .isInstanceOf(CannotAcquireLockException.class)
          .hasCause(failure);
      holder.rollback();
    }
  }

  @Test
  void staleEntityBecomesObjectOptimisticLockingFailure() {
    engine.executeDdl(
        List.of(
            "CREATE TABLE xlate_accounts (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                + " owner VARCHAR(20), version BIGINT NOT NULL)"));
    SessionFactory sessions = SessionFactory.builder(engine).entities(XlateAccount.class).build();
    try (Session one = sessions.openSession();
        Session two = sessions.openSession()) {
      XlateAccount account = new XlateAccount("ann");
      one.add(account);
      one.commit();
      XlateAccount other = two.get(XlateAccount.class, account.id);
      other.owner = "bob";
      two.commit();
      account.owner = "cid";
      CairnException failure = catchThrowableOfType(CairnException.class, one::commit);
      DataAccessException translated = translator.translate(failure);
      assertThat(translated).isInstanceOf(CairnOptimisticLockingFailureException.class);
      CairnOptimisticLockingFailureException stale =
          (CairnOptimisticLockingFailureException) translated;
      assertThat(stale.entityName()).isEqualTo("XlateAccount");
      assertThat(stale.id()).isEqualTo(account.id);
      assertThat(stale).hasCause(failure);
      one.rollback();
    }
  }

  @Test
  void badMappingBecomesApiUsage() {
    CairnException failure =
        catchThrowableOfType(
            CairnException.class,
            () -> SessionFactory.builder(engine).entities(XlateNoId.class).build());
    assertThat(translator.translate(failure))
        .isExactlyInstanceOf(InvalidDataAccessApiUsageException.class)
        .hasCause(failure);
  }

  @Test
  void misuseBecomesApiUsage() {
    SessionFactory sessions = SessionFactory.builder(engine).entities(XlateAccount.class).build();
    Session session = sessions.openSession();
    session.close();
    CairnException failure =
        catchThrowableOfType(CairnException.class, () -> session.add(new XlateAccount("x")));
    assertThat(translator.translate(failure))
        .isExactlyInstanceOf(InvalidDataAccessApiUsageException.class)
        .hasCause(failure);
  }

  @Test
  void deadlockBecomesPessimisticLockingFailure() {
    DeadlockException failure =
        new DeadlockException("deadlock", "UPDATE t SET x = 1", new SQLException("d", "40P01"));
    assertThat(translator.translate(failure))
        .isExactlyInstanceOf(PessimisticLockingFailureException.class)
        .hasCause(failure);
  }

  @Test
  void queryTimeoutBecomesSpringsQueryTimeout() {
    QueryTimeoutException failure =
        new QueryTimeoutException("slow", "SELECT 1", new SQLException("t", "57014"));
    assertThat(translator.translate(failure))
        .isExactlyInstanceOf(org.springframework.dao.QueryTimeoutException.class)
        .hasCause(failure);
  }

  @Test
  void connectionFailureBecomesResourceFailure() {
    ConnectionFailureException failure =
        new ConnectionFailureException("gone", null, new SQLException("c", "08006"));
    assertThat(translator.translate(failure))
        .isExactlyInstanceOf(DataAccessResourceFailureException.class)
        .hasCause(failure);
  }

  @Test
  void otherDatabaseFailuresAndCairnSubclassesAreUncategorized() {
    DatabaseException database =
        new DatabaseException("odd", ErrorKind.OTHER, "SELECT 1", new SQLException("x", "XX000"));
    assertThat(translator.translate(database))
        .isExactlyInstanceOf(UncategorizedCairnException.class)
        .hasCause(database)
        .hasMessage("odd");
    CairnException custom = new CairnException("custom") {};
    assertThat(translator.translate(custom)).isExactlyInstanceOf(UncategorizedCairnException.class);
  }

  @Test
  void aFailedFlushIsTranslatedByItsType() {
    engine.executeDdl(
        List.of(
            "CREATE TABLE xlate_accounts (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                + " owner VARCHAR(20) NOT NULL UNIQUE, version BIGINT NOT NULL)"));
    SessionFactory sessions = SessionFactory.builder(engine).entities(XlateAccount.class).build();
    try (Session session = sessions.openSession()) {
      session.add(new XlateAccount("ann"));
      session.add(new XlateAccount("ann"));
      CairnException failure = catchThrowableOfType(CairnException.class, session::flush);
      assertThat(failure).isInstanceOf(UniqueViolationException.class);
      DataAccessException translated = translator.translate(failure);
      assertThat(translated)
          .isInstanceOf(DuplicateKeyException.class)
          .hasCause(failure)
          .hasMessage(failure.getMessage())
          .hasMessageContaining("XlateAccount");
      session.rollback();
    }
  }

  @Test
  void aPoolTimeoutBecomesCannotGetJdbcConnection() {
    ConnectionPoolTimeoutException failure =
        new ConnectionPoolTimeoutException(
            "No connection became free in time: pool 'p' has all of its 2 connections in use",
            "p",
            new SQLTransientConnectionException("p - Connection is not available"));
    DataAccessException translated = translator.translate(failure);
    assertThat(translated)
        .isExactlyInstanceOf(CannotGetJdbcConnectionException.class)
        .isInstanceOf(DataAccessResourceFailureException.class)
        .hasCause(failure)
        .hasMessage(failure.getMessage());
  }

  @Test
  void wrongResultSizesBecomeSpringsResultSizeExceptions() {
    SessionFactory sessions = accounts();
    try (Session session = sessions.openSession()) {
      session.add(new XlateAccount("ann"));
      session.add(new XlateAccount("bob"));
      session.flush();
      CairnException none =
          catchThrowableOfType(
              CairnException.class,
              () -> session.query(XlateAccount.class).filterBy("owner", "cid").one());
      assertThat(translator.translate(none))
          .isExactlyInstanceOf(EmptyResultDataAccessException.class)
          .hasCause(none)
          .extracting(e -> ((EmptyResultDataAccessException) e).getExpectedSize())
          .isEqualTo(1);
      CairnException several =
          catchThrowableOfType(CairnException.class, () -> session.query(XlateAccount.class).one());
      assertThat(translator.translate(several))
          .isExactlyInstanceOf(IncorrectResultSizeDataAccessException.class)
          .hasCause(several);
      session.rollback();
    }
  }

  @Test
  void refusedLazyLoadsAndOtherMisuseBecomeApiUsage() {
    NotLoadedException notLoaded = new NotLoadedException("XlateAccount.items is not loaded");
    assertThat(translator.translate(notLoaded))
        .isExactlyInstanceOf(InvalidDataAccessApiUsageException.class)
        .hasCause(notLoaded);
    InvalidUsageException misuse = new InvalidUsageException("This Session is closed");
    assertThat(translator.translate(misuse))
        .isExactlyInstanceOf(InvalidDataAccessApiUsageException.class)
        .hasCause(misuse);
  }

  @Test
  void noTranslationPrintsACircularCauseChain() {
    List<CairnException> failures =
        List.of(
            failure("UPDATE xlate_missing SET name = 'x'"),
            failure("INSERT INTO xlate_parent (id, name) VALUES (1, 'again')"),
            failure("INSERT INTO xlate_child (id, parent_id) VALUES (1, 99)"),
            new ConnectionPoolTimeoutException("pool", null, new SQLTransientConnectionException()),
            new ConnectionFailureException("gone", null, new SQLException("c", "08006")),
            new NotLoadedException("not loaded"));
    for (CairnException failure : failures) {
      DataAccessException translated = translator.translate(failure);
      assertThat(stackTrace(translated))
          .as("stack trace of %s", translated.getClass().getSimpleName())
          .doesNotContain("CIRCULAR REFERENCE")
          .contains("Caused by: " + failure.getClass().getName());
    }
  }

  private SessionFactory accounts() {
    engine.executeDdl(
        List.of(
            "CREATE TABLE xlate_accounts (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                + " owner VARCHAR(20), version BIGINT NOT NULL)"));
    return SessionFactory.builder(engine).entities(XlateAccount.class).build();
  }

  private static String stackTrace(Throwable throwable) {
    StringWriter out = new StringWriter();
    throwable.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @Test
  void foreignExceptionsAreLeftAlone() {
    assertThat(translator.translateExceptionIfPossible(new IllegalStateException("x"))).isNull();
    CairnException failure = failure("INSERT INTO xlate_parent (id, name) VALUES (1, 'again')");
    assertThat(translator.translateExceptionIfPossible(failure))
        .isInstanceOf(DuplicateKeyException.class);
  }

  /** A grammar failure raised without a statement, e.g. by schema inspection. */
  private static final class SqlGrammarExceptionWithoutSql
      extends dev.cairn.core.SqlGrammarException {
    private static final long serialVersionUID = 1L;

    SqlGrammarExceptionWithoutSql() {
      super("no such table", null, null);
    }
  }
}
