package dev.cairn.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.orm.Session;
import dev.cairn.orm.jpa.SavepointLog;
import dev.cairn.spring.boot.autoconfigure.entities.Customer;
import dev.cairn.spring.boot.autoconfigure.entities.Tag;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flushes inside Spring transactions take no savepoint ({@code cairn.flush-savepoints=false}, the
 * default), and the rollback guarantees hold without one: a failed flush takes down everything the
 * transaction wrote, also when the caller catches the exception (the commit then fails saying why);
 * NESTED still rolls back to its own savepoint; with {@code cairn.flush-savepoints=true} each flush
 * runs under a savepoint and the transaction stays usable after a failed flush. The JDBC savepoint
 * calls are recorded on the connections, on H2, PostgreSQL and MariaDB.
 */
class FlushSavepointsTest {

  /** The beans a test works with, and the savepoint calls of their connections. */
  record Beans(
      Session session,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      SavepointLog log) {

    TransactionTemplate template(int propagation) {
      TransactionTemplate template = new TransactionTemplate(transactions);
      template.setPropagationBehavior(propagation);
      return template;
    }

    TransactionTemplate required() {
      return template(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    List<String> customers() {
      return jdbc.queryForList("SELECT name FROM customers ORDER BY name", String.class);
    }

    List<String> tags() {
      return jdbc.queryForList("SELECT code FROM tags ORDER BY code", String.class);
    }
  }

  private static void run(TestDb db, boolean savepoints, Consumer<Beans> test) {
    SavepointLog log = new SavepointLog();
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class,
                TransactionManagerCustomizationAutoConfiguration.class,
                TransactionAutoConfiguration.class,
                JdbcTemplateAutoConfiguration.class,
                CairnExceptionTranslationAutoConfiguration.class,
                CairnAutoConfiguration.class))
        .withBean(DataSource.class, () -> log.wrap(dataSource(db)))
        .withPropertyValues(
            "cairn.schema=create",
            "cairn.flush-savepoints=" + savepoints,
            "cairn.entity-packages=" + Customer.class.getPackageName())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              Beans beans =
                  new Beans(
                      context.getBean(Session.class),
                      context.getBean(JdbcTemplate.class),
                      context.getBean(PlatformTransactionManager.class),
                      log);
              beans.required().executeWithoutResult(s -> beans.session().add(new Tag("java")));
              log.reset();
              test.accept(beans);
            });
  }

  private static DataSource dataSource(TestDb db) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(db.jdbcUrl());
    dataSource.setMaximumPoolSize(2);
    return dataSource;
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void ordinaryFlushesTakeNoSavepoint(TestDb db) {
    run(
        db,
        false,
        beans -> {
          beans
              .required()
              .executeWithoutResult(
                  status -> {
                    beans.session().add(new Customer("ann"));
                    beans.session().flush();
                    beans.session().add(new Customer("bob"));
                    beans.session().flush();
                    beans.session().add(new Customer("carl"));
                  });
          assertThat(beans.log().calls()).as("three flushes, no savepoint").isEmpty();
          assertThat(beans.customers()).containsExactly("ann", "bob", "carl");
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void aFailedFlushRollsBackEverythingTheTransactionWrote(TestDb db) {
    run(
        db,
        false,
        beans -> {
          assertThatThrownBy(
                  () ->
                      beans
                          .required()
                          .executeWithoutResult(
                              status -> {
                                beans.session().add(new Customer("ann"));
                                beans.session().flush();
                                beans.jdbc().update("INSERT INTO customers (name) VALUES ('bob')");
                                beans.session().add(new Customer("carl"));
                                beans.session().add(new Tag("java"));
                                beans.session().flush();
                              }))
              .isInstanceOf(DuplicateKeyException.class);
          assertThat(beans.customers()).isEmpty();
          assertThat(beans.tags()).containsExactly("java");
          assertThat(beans.log().calls()).isEmpty();
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void aCaughtFlushFailureMakesTheCommitFailAndNothingIsPersisted(TestDb db) {
    run(
        db,
        false,
        beans -> {
          for (int variant = 0; variant < 3; variant++) {
            boolean clear = variant > 0;
            boolean addAfter = variant < 2;
            assertThatThrownBy(
                    () ->
                        beans
                            .required()
                            .executeWithoutResult(
                                status -> {
                                  beans.session().add(new Customer("ann"));
                                  beans.session().flush();
                                  beans
                                      .jdbc()
                                      .update("INSERT INTO customers (name) VALUES ('bob')");
                                  beans.session().add(new Tag("java"));
                                  try {
                                    beans.session().flush();
                                  } catch (DuplicateKeyException expected) {
                                    // the caller swallows it and returns normally
                                  }
                                  if (clear) {
                                    beans.session().clear();
                                  }
                                  if (addAfter) {
                                    beans.session().add(new Customer("dora"));
                                  }
                                }))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("A flush of this session failed earlier in the transaction")
                .hasMessageContaining("the transaction can only roll back");
            assertThat(beans.customers()).as("variant " + variant).isEmpty();
            assertThat(beans.tags()).containsExactly("java");
          }
          // the next transaction is not affected
          beans.required().executeWithoutResult(s -> beans.session().add(new Customer("eve")));
          assertThat(beans.customers()).containsExactly("eve");
          assertThat(beans.log().calls()).isEmpty();
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void aFailedFlushInsideNestedRollsBackToItsSavepointOnly(TestDb db) {
    run(
        db,
        false,
        beans -> {
          beans
              .required()
              .executeWithoutResult(
                  status -> {
                    beans.session().add(new Customer("ann"));
                    assertThatThrownBy(
                            () ->
                                beans
                                    .template(TransactionDefinition.PROPAGATION_NESTED)
                                    .executeWithoutResult(
                                        nested -> {
                                          beans.session().add(new Customer("bob"));
                                          beans.session().add(new Tag("java"));
                                          beans.session().flush();
                                        }))
                        .isInstanceOf(DuplicateKeyException.class);
                    assertThat(beans.session().query(Customer.class).count()).isEqualTo(1);
                    beans.session().add(new Customer("carl"));
                  });
          assertThat(beans.customers()).containsExactly("ann", "carl");
          assertThat(beans.log().calls())
              .as("only NESTED's own savepoint (Spring releases it after rolling back to it)")
              .containsExactly("SAVEPOINT", "ROLLBACK TO SAVEPOINT", "RELEASE SAVEPOINT");
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void withFlushSavepointsAFailedFlushIsUndoneAndTheTransactionGoesOn(TestDb db) {
    run(
        db,
        true,
        beans -> {
          beans
              .required()
              .executeWithoutResult(
                  status -> {
                    beans.session().add(new Customer("ann"));
                    beans.session().flush();
                    Tag duplicate = new Tag("java");
                    beans.session().add(duplicate);
                    beans.session().add(new Customer("bob"));
                    assertThatThrownBy(() -> beans.session().flush())
                        .isInstanceOf(DuplicateKeyException.class);
                    beans.session().expunge(duplicate);
                    beans.session().add(new Customer("carl"));
                  });
          assertThat(beans.customers()).containsExactly("ann", "bob", "carl");
          assertThat(beans.log().calls())
              .containsExactly(
                  "SAVEPOINT",
                  "RELEASE SAVEPOINT",
                  "SAVEPOINT",
                  "ROLLBACK TO SAVEPOINT",
                  "SAVEPOINT",
                  "RELEASE SAVEPOINT");
        });
  }
}
