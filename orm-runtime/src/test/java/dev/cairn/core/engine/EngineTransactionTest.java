package dev.cairn.core.engine;

import static dev.cairn.core.engine.EngineTestSupport.PEOPLE;
import static dev.cairn.core.engine.EngineTestSupport.count;
import static dev.cairn.core.engine.EngineTestSupport.createPeople;
import static dev.cairn.core.engine.EngineTestSupport.insertPerson;
import static dev.cairn.core.engine.EngineTestSupport.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.Sql;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.Map;

class EngineTransactionTest {

  @DatabaseTest
  void commitMakesWorkVisibleToOtherConnections(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      connection.execute(insertPerson("ann", 30));
      assertThat(count(db, "people")).isZero();
      connection.commit();
      assertThat(count(db, "people")).isEqualTo(1);
    }
  }

  @DatabaseTest
  void rollbackDiscardsWork(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      connection.execute(insertPerson("ann", 30));
      connection.rollback();
      assertThat(connection.execute(Sql.select(Sql.count()).from(PEOPLE)).scalar(Long.class))
          .isZero();
    }
    assertThat(count(db, "people")).isZero();
  }

  @DatabaseTest
  void firstStatementBeginsTransactionAndCommitEndsIt(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      assertThat(connection.inTransaction()).isFalse();
      assertThat(connection.unwrap().getAutoCommit()).isFalse();
      connection.execute(insertPerson("ann", 30));
      assertThat(connection.inTransaction()).isTrue();
      connection.commit();
      assertThat(connection.inTransaction()).isFalse();
      connection.execute(insertPerson("bob", 40));
      assertThat(connection.inTransaction()).isTrue();
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    assertThat(names(db)).containsExactly("ann");
  }

  @DatabaseTest
  void closeRollsBackWhatWasNotCommitted(TestDb db) {
    createPeople(db);
    Connection connection = db.engine().connect();
    connection.execute(insertPerson("ann", 30));
    connection.close();
    assertThat(connection.isClosed()).isTrue();
    assertThat(count(db, "people")).isZero();
  }

  @DatabaseTest
  void callbackCommitsOnReturnAndRollsBackOnException(TestDb db) {
    createPeople(db);
    Engine engine = db.engine();
    long inserted = engine.transactionResult(c -> c.executeUpdate(insertPerson("ann", 30)));
    assertThat(inserted).isEqualTo(1);
    assertThatThrownBy(
            () ->
                engine.transaction(
                    c -> {
                      c.execute(insertPerson("bob", 40));
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("boom");
    assertThat(names(db)).containsExactly("ann");
  }

  @DatabaseTest
  void explicitTransactionRollsBackOnCloseUnlessCommitted(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      try (Transaction tx = connection.begin()) {
        connection.execute(insertPerson("ann", 30));
        assertThat(tx.isActive()).isTrue();
      }
      try (Transaction tx = connection.begin()) {
        connection.execute(insertPerson("bob", 40));
        tx.commit();
        assertThat(tx.isActive()).isFalse();
        assertThatThrownBy(tx::commit).hasMessageContaining("already ended");
      }
    }
    assertThat(names(db)).containsExactly("bob");
  }

  @DatabaseTest({TestDatabase.H2})
  void beginFailsWhileATransactionIsInProgress(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      connection.execute(insertPerson("ann", 30));
      assertThatThrownBy(connection::begin)
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("already in progress")
          .hasMessageContaining("savepoint()");
    }
  }

  @DatabaseTest
  void rollbackToSavepointKeepsEarlierWork(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      connection.execute(insertPerson("ann", 30));
      Savepoint savepoint = connection.savepoint();
      connection.execute(insertPerson("bob", 40));
      savepoint.rollback();
      assertThat(savepoint.isActive()).isFalse();
      connection.execute(insertPerson("cid", 50));
      try (Savepoint released = connection.savepoint()) {
        connection.execute(insertPerson("dee", 60));
        released.release();
      }
      try (Savepoint closed = connection.savepoint()) {
        connection.execute(insertPerson("eve", 70));
      }
      connection.commit();
    }
    assertThat(names(db)).containsExactly("ann", "cid", "dee");
  }

  @DatabaseTest
  void nestedCallbackRollsBackOnlyItsOwnWork(TestDb db) {
    createPeople(db);
    db.engine()
        .transaction(
            c -> {
              c.execute(insertPerson("ann", 30));
              assertThatThrownBy(
                      () ->
                          c.nested(
                              inner -> {
                                inner.execute(insertPerson("bob", 40));
                                throw new IllegalArgumentException("inner failure");
                              }))
                  .hasMessage("inner failure");
              int kept =
                  c.nestedResult(inner -> (int) inner.executeUpdate(insertPerson("cid", 50)));
              assertThat(kept).isEqualTo(1);
            });
    assertThat(names(db)).containsExactly("ann", "cid");
  }

  @DatabaseTest
  void isolationLevelsAreSet(TestDb db) {
    try (Connection connection = db.engine().connect()) {
      for (IsolationLevel level : IsolationLevel.values()) {
        connection.setIsolation(level);
        assertThat(connection.isolation()).isEqualTo(level);
        connection.execute(Sql.text("SELECT 1"));
        connection.rollback();
      }
      connection.execute(Sql.text("SELECT 1"));
      assertThatThrownBy(() -> connection.setIsolation(IsolationLevel.SERIALIZABLE))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("in the middle of a transaction");
    }
  }

  @DatabaseTest
  void readOnlyConnectionRefusesWritesWhereSupported(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      if (db.database() == TestDatabase.H2 || db.database() == TestDatabase.SQLITE) {
        assertThatThrownBy(() -> connection.setReadOnly(true))
            .isInstanceOf(CairnException.class)
            .hasMessageContaining("Read-only mode could not be set on " + db.dialect().name());
        return;
      }
      connection.setReadOnly(true);
      assertThat(connection.isReadOnly()).isTrue();
      assertThatThrownBy(() -> connection.execute(insertPerson("ann", 30)))
          .isInstanceOf(dev.cairn.core.DatabaseException.class)
          .message()
          .containsIgnoringCase("read");
      connection.rollback();
      connection.setReadOnly(false);
      assertThat(connection.isReadOnly()).isFalse();
      connection.execute(insertPerson("ann", 30));
      connection.commit();
    }
    assertThat(count(db, "people")).isEqualTo(1);
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.SQLITE})
  void closedConnectionRefusesUse(TestDb db) {
    Connection connection = db.engine().connect();
    connection.close();
    connection.close();
    assertThatThrownBy(() -> connection.execute(Sql.text("SELECT 1")))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("Connection is closed");
    assertThatThrownBy(connection::commit).hasMessageContaining("closed");
    assertThatThrownBy(connection::savepoint).hasMessageContaining("closed");
    assertThatThrownBy(connection::unwrap).hasMessageContaining("closed");
    assertThatThrownBy(() -> connection.executeMany(Sql.text("SELECT 1"), List.of(Map.of())))
        .hasMessageContaining("closed");
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL})
  void externallyManagedTransactionsAreLeftAlone(TestDb db) throws Exception {
    createPeople(db);
    java.sql.Connection managed = db.dataSource().getConnection();
    managed.setAutoCommit(false);
    ConnectionProvider provider =
        new ConnectionProvider() {
          @Override
          public java.sql.Connection acquire() {
            return managed;
          }

          @Override
          public void release(java.sql.Connection connection) {}

          @Override
          public boolean managesTransactions() {
            return true;
          }

          @Override
          public String toString() {
            return "test transaction manager";
          }
        };
    Engine engine = Engine.builder(provider).build();
    try (Connection connection = engine.connect()) {
      connection.execute(insertPerson("ann", 30));
      assertThatThrownBy(connection::commit)
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("managed externally (by test transaction manager)");
      assertThatThrownBy(connection::rollback).hasMessageContaining("managed externally");
    }
    assertThat(managed.isClosed()).isFalse();
    assertThat(count(db, "people")).isZero();
    managed.commit();
    managed.close();
    assertThat(count(db, "people")).isEqualTo(1);
  }
}
