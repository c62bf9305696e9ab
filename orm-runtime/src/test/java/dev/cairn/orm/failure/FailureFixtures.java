package dev.cairn.orm.failure;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.engine.ConnectionProvider;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.ExecutionContext;
import dev.cairn.core.engine.ExecutionListener;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Column;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.annotation.Version;
import dev.cairn.test.TestDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Entities and fault-injection helpers shared by the failure tests of the ORM. */
final class FailureFixtures {

  private FailureFixtures() {}

  @Entity
  @Table(name = "fl_items")
  static class FlItem {
    @Id @GeneratedValue Long id;

    @Column(unique = true, length = 40)
    String name;

    FlItem() {}

    FlItem(String name) {
      this.name = name;
    }

    String getName() {
      return name;
    }
  }

  /** A row that many threads increment; {@code @Version} guards against lost updates. */
  @Entity
  @Table(name = "fl_counters")
  static class FlCounter {
    @Id Long id;
    long hits;
    @Version long version;

    FlCounter() {}

    FlCounter(Long id) {
      this.id = id;
    }
  }

  @Entity
  @Table(name = "fl_owners")
  static class FlOwner {
    @Id @GeneratedValue Long id;
    String name;

    @OneToMany(mappedBy = "owner")
    List<FlPet> pets = new ArrayList<>();

    FlOwner() {}

    FlOwner(String name) {
      this.name = name;
    }
  }

  @Entity
  @Table(name = "fl_pets")
  static class FlPet {
    @Id @GeneratedValue Long id;
    String name;
    @ManyToOne FlOwner owner;

    FlPet() {}

    FlPet(String name, FlOwner owner) {
      this.name = name;
      this.owner = owner;
      owner.pets.add(this);
    }
  }

  @Entity
  @Table(name = "fl_students")
  static class FlStudent {
    @Id @GeneratedValue Long id;
    String name;

    @ManyToMany
    @JoinTable(name = "fl_student_courses")
    Set<FlCourse> courses = new HashSet<>();

    FlStudent() {}

    FlStudent(String name) {
      this.name = name;
    }
  }

  @Entity
  @Table(name = "fl_courses")
  static class FlCourse {
    @Id @GeneratedValue Long id;
    String title;

    @ManyToMany(mappedBy = "courses")
    Set<FlStudent> students = new HashSet<>();

    FlCourse() {}

    FlCourse(String title) {
      this.title = title;
    }
  }

  /** A factory for every entity above, with its tables created. */
  static SessionFactory sessions(Engine engine) {
    SessionFactory sessions =
        SessionFactory.builder(engine)
            .entities(
                FlItem.class,
                FlCounter.class,
                FlOwner.class,
                FlPet.class,
                FlStudent.class,
                FlCourse.class)
            .build();
    sessions.createAll();
    return sessions;
  }

  /** The number {@code sql} (a one-column, one-row query) returns, over a fresh connection. */
  static long number(TestDb db, String sql) {
    try (Connection connection = db.dataSource().getConnection();
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The item names stored (committed), in name order, over a fresh connection. */
  static List<String> itemNames(TestDb db) {
    try (Connection connection = db.dataSource().getConnection();
        ResultSet rows =
            connection.createStatement().executeQuery("SELECT name FROM fl_items ORDER BY name")) {
      List<String> names = new ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Connections from a pool, remembering the last one handed out (a session's, in the tests). */
  static final class RecordingProvider implements ConnectionProvider {

    private final HikariDataSource pool;
    private volatile @Nullable Connection last;

    RecordingProvider(HikariDataSource pool) {
      this.pool = pool;
    }

    @Override
    public Connection acquire() throws SQLException {
      Connection connection = pool.getConnection();
      last = connection;
      return connection;
    }

    @Override
    public void release(Connection connection) throws SQLException {
      connection.close();
    }

    @Override
    public DataSource dataSource() {
      return pool;
    }

    Connection last() {
      Connection connection = last;
      if (connection == null) {
        throw new IllegalStateException("no connection was handed out yet");
      }
      return connection;
    }
  }

  /**
   * Holds the first statement that begins after {@link #arm()} inside the engine (after the session
   * handed it to the connection) until {@link #release()}, so that a test can call the session from
   * another thread meanwhile.
   */
  static final class Gate implements ExecutionListener {

    private final AtomicBoolean armed = new AtomicBoolean();
    private volatile CountDownLatch entered = new CountDownLatch(1);
    private volatile CountDownLatch released = new CountDownLatch(1);

    void arm() {
      entered = new CountDownLatch(1);
      released = new CountDownLatch(1);
      armed.set(true);
    }

    boolean awaitHeld() throws InterruptedException {
      return entered.await(10, TimeUnit.SECONDS);
    }

    void release() {
      armed.set(false);
      released.countDown();
    }

    @Override
    public void beforeExecute(ExecutionContext context) {
      if (armed.compareAndSet(true, false)) {
        entered.countDown();
        try {
          released.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
