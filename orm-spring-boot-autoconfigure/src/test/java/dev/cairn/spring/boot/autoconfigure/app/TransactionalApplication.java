package dev.cairn.spring.boot.autoconfigure.app;

import dev.cairn.orm.Session;
import dev.cairn.spring.boot.autoconfigure.CairnEntityScan;
import dev.cairn.spring.boot.autoconfigure.entities.Customer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A Boot application as a user writes it: a service with {@code @Transactional} methods. */
@SpringBootApplication
@CairnEntityScan(basePackageClasses = Customer.class)
public class TransactionalApplication {

  /** The service under test: the shared Session and JdbcTemplate in one transaction. */
  @Service
  public static class CustomerService {

    private final Session session;
    private final JdbcTemplate jdbc;
    private final AuditService audit;

    CustomerService(Session session, JdbcTemplate jdbc, AuditService audit) {
      this.session = session;
      this.jdbc = jdbc;
      this.audit = audit;
    }

    /** Adds a customer through the Session and one through JdbcTemplate. */
    @Transactional
    public Customer register(String viaSession, String viaJdbc) {
      Customer customer = new Customer(viaSession);
      session.add(customer);
      jdbc.update("INSERT INTO customers (name) VALUES (?)", viaJdbc);
      return customer;
    }

    /** Does the same, then fails: both writes must be rolled back. */
    @Transactional
    public void registerAndFail(String viaSession, String viaJdbc) {
      register(viaSession, viaJdbc);
      session.flush();
      throw new IllegalStateException("boom");
    }

    /** Renames inside a read-only transaction: must never be flushed. */
    @Transactional(readOnly = true)
    public void renameReadOnly(long id, String name) {
      Customer customer = session.get(Customer.class, id);
      customer.setName(name);
    }

    /** Renames in a read-write transaction. */
    @Transactional
    public void rename(long id, String name) {
      session.get(Customer.class, id).setName(name);
    }

    /** Writes an audit row in its own transaction, then fails this one. */
    @Transactional
    public void auditThenFail(String name) {
      session.add(new Customer(name));
      audit.record("audit-" + name);
      throw new IllegalStateException("outer fails");
    }
  }

  /** Writes in a transaction of its own. */
  @Service
  public static class AuditService {

    private final Session session;

    AuditService(Session session) {
      this.session = session;
    }

    /** Commits independently of the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String name) {
      session.add(new Customer(name));
    }
  }
}
