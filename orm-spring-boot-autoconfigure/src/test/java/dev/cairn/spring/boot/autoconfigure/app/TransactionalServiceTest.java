package dev.cairn.spring.boot.autoconfigure.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.orm.Session;
import dev.cairn.spring.boot.autoconfigure.app.TransactionalApplication.CustomerService;
import dev.cairn.spring.boot.autoconfigure.entities.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transaction rules through {@code @Transactional} proxies in a {@code @SpringBootTest}: commit
 * of Session and JdbcTemplate work together, rollback of both, read-only never flushes,
 * REQUIRES_NEW commits on its own. (The same rules on PostgreSQL and MariaDB are in
 * SpringTransactionTest.)
 */
@SpringBootTest(
    classes = TransactionalApplication.class,
    properties = {"spring.datasource.generate-unique-name=true", "cairn.schema=create"})
class TransactionalServiceTest {

  @Autowired CustomerService service;
  @Autowired JdbcTemplate jdbc;
  @Autowired Session session;

  @BeforeEach
  void empty() {
    jdbc.update("DELETE FROM customers");
  }

  @Test
  void sessionAndJdbcTemplateCommitTogether() {
    Customer ann = service.register("ann", "bob");
    assertThat(ann.getId()).isNotNull();
    assertThat(names()).containsExactly("ann", "bob");
  }

  @Test
  void anExceptionRollsBackSessionAndJdbcTemplateWork() {
    assertThatThrownBy(() -> service.registerAndFail("ann", "bob")).hasMessage("boom");
    assertThat(names()).isEmpty();
  }

  @Test
  void aReadOnlyTransactionNeverFlushes() {
    Customer ann = service.register("ann", "bob");
    service.renameReadOnly(ann.getId(), "changed");
    assertThat(names()).containsExactly("ann", "bob");
    service.rename(ann.getId(), "anna");
    assertThat(names()).containsExactly("anna", "bob");
  }

  @Test
  void requiresNewCommitsOnItsOwn() {
    assertThatThrownBy(() -> service.auditThenFail("carl")).hasMessage("outer fails");
    assertThat(names()).containsExactly("audit-carl");
  }

  @Test
  void readsOutsideATransactionWork() {
    Customer ann = service.register("ann", "bob");
    assertThat(session.get(Customer.class, ann.getId())).isNotNull();
  }

  private java.util.List<String> names() {
    return jdbc.queryForList("SELECT name FROM customers ORDER BY name", String.class);
  }
}
