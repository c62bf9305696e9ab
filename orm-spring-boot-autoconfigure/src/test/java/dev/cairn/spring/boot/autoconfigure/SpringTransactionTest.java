package dev.cairn.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.Session;
import dev.cairn.spring.boot.autoconfigure.entities.Account;
import dev.cairn.spring.boot.autoconfigure.entities.Customer;
import dev.cairn.spring.boot.autoconfigure.entities.Tag;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared Session under Boot's JdbcTransactionManager, on H2, PostgreSQL and MariaDB: commit,
 * rollback together with JdbcTemplate, one shared connection, read-only, REQUIRES_NEW, NESTED,
 * refused commit/rollback, reads and refused writes outside a transaction.
 */
class SpringTransactionTest {

  /** The beans a test works with. */
  record Beans(
      Session session, JdbcTemplate jdbc, PlatformTransactionManager transactions, DataSource ds) {

    TransactionTemplate template(int propagation, boolean readOnly) {
      TransactionTemplate template = new TransactionTemplate(transactions);
      template.setPropagationBehavior(propagation);
      template.setReadOnly(readOnly);
      return template;
    }

    TransactionTemplate required() {
      return template(TransactionDefinition.PROPAGATION_REQUIRED, false);
    }

    long count() {
      Long count = jdbc.queryForObject("SELECT COUNT(*) FROM customers", Long.class);
      return count == null ? 0 : count;
    }

    List<String> names() {
      return jdbc.queryForList("SELECT name FROM customers ORDER BY name", String.class);
    }

    int activeConnections() {
      return ((HikariDataSource) ds).getHikariPoolMXBean().getActiveConnections();
    }
  }

  private static void run(TestDb db, Consumer<Beans> test) {
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
        .withBean(DataSource.class, () -> dataSource(db))
        .withPropertyValues(
            "cairn.schema=create", "cairn.entity-packages=" + Customer.class.getPackageName())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              test.accept(beans(context));
            });
  }

  private static DataSource dataSource(TestDb db) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(db.jdbcUrl());
    return dataSource;
  }

  private static Beans beans(ApplicationContext context) {
    return new Beans(
        context.getBean(Session.class),
        context.getBean(JdbcTemplate.class),
        context.getBean(PlatformTransactionManager.class),
        context.getBean(DataSource.class));
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void sessionFlushesBeforeCommitOnTheConnectionJdbcTemplateUses(TestDb db) {
    run(
        db,
        beans -> {
          Customer ann = new Customer("ann");
          beans
              .required()
              .executeWithoutResult(
                  status -> {
                    beans.session().add(ann);
                    beans.session().flush();
                    // uncommitted: visible only on the transaction's own connection
                    assertThat(beans.count()).isEqualTo(1);
                    beans.jdbc().update("INSERT INTO customers (name) VALUES (?)", "bob");
                    assertThat(beans.session().query(Customer.class).count()).isEqualTo(2);
                    beans.session().add(new Customer("carl"));
                  });
          assertThat(beans.names()).containsExactly("ann", "bob", "carl");
          assertThat(ann.getId()).isNotNull();
          assertThat(beans.activeConnections()).isZero();
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void rollbackUndoesSessionAndJdbcTemplateWorkTogether(TestDb db) {
    run(
        db,
        beans -> {
          Customer ann = new Customer("ann");
          beans
              .required()
              .executeWithoutResult(
                  status -> {
                    beans.session().add(ann);
                    beans.session().flush();
                    beans.jdbc().update("INSERT INTO customers (name) VALUES (?)", "bob");
                    beans.session().add(new Customer("carl"));
                    status.setRollbackOnly();
                  });
          assertThat(beans.count()).isZero();
          assertThat(ann.getId()).isNull();
          beans.required().executeWithoutResult(status -> beans.session().add(ann));
          assertThat(beans.names()).containsExactly("ann");
          assertThat(beans.activeConnections()).isZero();
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void readOnlyTransactionsNeverFlush(TestDb db) {
    run(
        db,
        beans -> {
          beans.jdbc().update("INSERT INTO customers (name) VALUES (?)", "ann");
          Long id = beans.jdbc().queryForObject("SELECT id FROM customers", Long.class);
          beans
              .template(TransactionDefinition.PROPAGATION_REQUIRED, true)
              .executeWithoutResult(
                  status -> {
                    Customer ann = beans.session().get(Customer.class, id);
                    assertThat(ann).isNotNull();
                    ann.setName("changed");
                    // the transaction's session is read-only: even a flush writes nothing
                    beans.session().flush();
                    assertThat(beans.session().get(Customer.class, id)).isSameAs(ann);
                  });
          assertThat(beans.names()).containsExactly("ann");
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void requiresNewGetsItsOwnSession(TestDb db) {
    run(
        db,
        beans -> {
          Customer outer = new Customer("outer");
          Customer inner = new Customer("inner");
          beans
              .required()
              .executeWithoutResult(
                  status -> {
                    beans.session().add(outer);
                    beans
                        .template(TransactionDefinition.PROPAGATION_REQUIRES_NEW, false)
                        .executeWithoutResult(
                            innerStatus -> {
                              assertThat(beans.session().contains(outer)).isFalse();
                              beans.session().add(inner);
                            });
                    assertThat(beans.session().contains(outer)).isTrue();
                    assertThat(beans.session().contains(inner)).isFalse();
                    status.setRollbackOnly();
                  });
          assertThat(beans.names()).containsExactly("inner");
          assertThat(inner.getId()).isNotNull();
          assertThat(outer.getId()).isNull();
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void nestedRollbackDiscardsOnlyWhatChangedInsideTheSavepoint(TestDb db) {
    run(
        db,
        beans -> {
          Customer ann = new Customer("ann");
          Customer bob = new Customer("bob");
          beans
              .required()
              .executeWithoutResult(
                  status -> {
                    beans.session().add(ann);
                    beans
                        .template(TransactionDefinition.PROPAGATION_NESTED, false)
                        .executeWithoutResult(
                            nested -> {
                              assertThat(ann.getId()).isNotNull(); // flushed before the savepoint
                              ann.setName("anne");
                              beans.session().add(bob);
                              beans.session().flush();
                              nested.setRollbackOnly();
                            });
                    assertThat(ann.getName()).isEqualTo("ann");
                    assertThat(beans.session().state(ann)).isEqualTo(EntityState.PERSISTENT);
                    assertThat(beans.session().state(bob)).isEqualTo(EntityState.TRANSIENT);
                    assertThat(bob.getId()).isNull();
                    beans
                        .template(TransactionDefinition.PROPAGATION_NESTED, false)
                        .executeWithoutResult(nested -> beans.session().add(new Customer("carl")));
                  });
          assertThat(beans.names()).containsExactly("ann", "carl");
        });
  }

  @DatabaseTest({TestDatabase.H2})
  void commitRollbackAndClosePointToTransactional(TestDb db) {
    run(
        db,
        beans ->
            beans
                .required()
                .executeWithoutResult(
                    status -> {
                      assertThatThrownBy(() -> beans.session().commit())
                          .isInstanceOf(InvalidDataAccessApiUsageException.class)
                          .hasMessageContaining("@Transactional");
                      assertThatThrownBy(() -> beans.session().rollback())
                          .hasMessageContaining("@Transactional");
                      assertThatThrownBy(() -> beans.session().close())
                          .hasMessageContaining("@Transactional");
                    }));
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void outsideATransactionReadsWorkAndWritesFail(TestDb db) {
    run(
        db,
        beans -> {
          beans.jdbc().update("INSERT INTO customers (name) VALUES (?)", "ann");
          beans.jdbc().update("INSERT INTO customers (name) VALUES (?)", "bob");
          Session session = beans.session();
          assertThat(session.query(Customer.class).orderBy("name").all())
              .extracting(Customer::getName)
              .containsExactly("ann", "bob");
          assertThat(session.query(Customer.class).filterBy("name", "bob").count()).isEqualTo(1);
          try (var names = session.query(Customer.class).stream().map(Customer::getName)) {
            assertThat(names).hasSize(2);
          }
          Long id = beans.jdbc().queryForObject("SELECT MIN(id) FROM customers", Long.class);
          Customer ann = session.get(Customer.class, id);
          assertThat(ann).isNotNull();
          assertThat(session.contains(ann)).isFalse();
          assertThat(beans.activeConnections()).isZero();
          assertThatThrownBy(() -> session.add(new Customer("carl")))
              .isInstanceOf(InvalidDataAccessApiUsageException.class)
              .hasMessageContaining("no Spring transaction is active")
              .hasMessageContaining("@Transactional");
          assertThatThrownBy(() -> session.delete(ann)).hasMessageContaining("@Transactional");
          assertThatThrownBy(
                  () ->
                      session.execute(
                          dev.cairn.core.sql.Sql.text("DELETE FROM customers WHERE name = 'ann'")))
              .hasMessageContaining("session.execute() writes to the database");
          assertThat(beans.count()).isEqualTo(2);
          assertThat(beans.activeConnections()).isZero();
        });
  }

  @DatabaseTest({TestDatabase.H2})
  void aSessionOpenedByHandInsideSpringsTransactionCannotCommitIt(TestDb db) {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceTransactionManagerAutoConfiguration.class,
                TransactionAutoConfiguration.class,
                JdbcTemplateAutoConfiguration.class,
                CairnAutoConfiguration.class))
        .withBean(DataSource.class, () -> dataSource(db))
        .withPropertyValues("cairn.entity-packages=" + Customer.class.getPackageName())
        .run(
            context -> {
              Beans beans = beans(context);
              dev.cairn.orm.SessionFactory factory =
                  context.getBean(dev.cairn.orm.SessionFactory.class);
              beans
                  .required()
                  .executeWithoutResult(
                      status -> {
                        try (Session own = factory.openSession()) {
                          own.add(new Customer("ann"));
                          assertThatThrownBy(own::commit)
                              .hasMessageContaining("managed externally")
                              .hasMessageContaining("@Transactional");
                        }
                      });
            });
  }

  @DatabaseTest({TestDatabase.H2})
  void theSameSessionServesTheWholeTransaction(TestDb db) {
    run(
        db,
        beans -> {
          AtomicReference<Customer> first = new AtomicReference<>();
          beans
              .required()
              .executeWithoutResult(
                  status -> {
                    Customer ann = new Customer("ann");
                    beans.session().add(ann);
                    first.set(ann);
                    assertThat(beans.session().query(Customer.class).one()).isSameAs(ann);
                    assertThat(beans.session().get(Customer.class, ann.getId())).isSameAs(ann);
                  });
          assertThat(first.get().getId()).isNotNull();
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void duplicateKeyAtCommitBecomesDuplicateKeyException(TestDb db) {
    run(
        db,
        beans -> {
          beans.required().executeWithoutResult(status -> beans.session().add(new Tag("java")));
          assertThatThrownBy(
                  () ->
                      beans
                          .required()
                          .executeWithoutResult(status -> beans.session().add(new Tag("java"))))
              .isInstanceOf(DuplicateKeyException.class);
          Long tags = beans.jdbc().queryForObject("SELECT COUNT(*) FROM tags", Long.class);
          assertThat(tags).isEqualTo(1);
          assertThat(beans.activeConnections()).isZero();
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void concurrentUpdateBecomesOptimisticLockingFailure(TestDb db) {
    run(
        db,
        beans -> {
          Account account = new Account(10);
          beans.required().executeWithoutResult(status -> beans.session().add(account));
          Long id = account.getId();
          assertThatThrownBy(
                  () ->
                      beans
                          .required()
                          .executeWithoutResult(
                              status -> {
                                Account loaded = beans.session().get(Account.class, id);
                                assertThat(loaded).isNotNull();
                                beans
                                    .template(TransactionDefinition.PROPAGATION_REQUIRES_NEW, false)
                                    .executeWithoutResult(
                                        other ->
                                            beans
                                                .jdbc()
                                                .update(
                                                    "UPDATE accounts SET balance = 5,"
                                                        + " version = version + 1 WHERE id = ?",
                                                    id));
                                loaded.setBalance(20);
                              }))
              .isInstanceOf(OptimisticLockingFailureException.class);
          Integer balance =
              beans.jdbc().queryForObject("SELECT balance FROM accounts", Integer.class);
          assertThat(balance).isEqualTo(5);
        });
  }
}
