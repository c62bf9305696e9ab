package dev.cairn.orm.session;

import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.ExecutionContext;
import dev.cairn.core.engine.ExecutionListener;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.GenerationStrategy;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.PostLoad;
import dev.cairn.orm.annotation.PrePersist;
import dev.cairn.orm.annotation.PreRemove;
import dev.cairn.orm.annotation.PreUpdate;
import dev.cairn.orm.annotation.Transient;
import dev.cairn.orm.annotation.Version;
import dev.cairn.test.TestDb;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** Entities and helpers shared by the session tests. */
final class SessionFixtures {

  private SessionFixtures() {}

  @Entity
  @dev.cairn.orm.annotation.Table(name = "users")
  static class User {
    @Id @GeneratedValue Long id;
    String username;

    User() {}

    User(String username) {
      this.username = username;
    }

    Long getId() {
      return id;
    }

    String getUsername() {
      return username;
    }

    void setUsername(String username) {
      this.username = username;
    }
  }

  @Entity
  @dev.cairn.orm.annotation.Table(name = "accounts")
  static class Account {
    @Id @GeneratedValue Long id;
    String owner;
    int balance;
    @Version long version;

    Account() {}

    Account(String owner, int balance) {
      this.owner = owner;
      this.balance = balance;
    }
  }

  @Entity
  @dev.cairn.orm.annotation.Table(name = "parents")
  static class Parent {
    @Id @GeneratedValue Long id;
    String name;

    Parent() {}

    Parent(String name) {
      this.name = name;
    }
  }

  @Entity
  @dev.cairn.orm.annotation.Table(name = "children")
  static class Child {
    @Id @GeneratedValue Long id;
    String name;

    /** The foreign key children.parent_id -> parents.id comes from this relationship. */
    @ManyToOne Parent parent;

    Child() {}

    Child(Parent parent, String name) {
      this.parent = parent;
      this.name = name;
    }
  }

  @Entity
  @dev.cairn.orm.annotation.Table(name = "tokens")
  static class Token {
    @Id
    @GeneratedValue(strategy = GenerationStrategy.UUID)
    UUID id;

    String label;

    Token() {}

    Token(String label) {
      this.label = label;
    }
  }

  /** Created/updated timestamps and an audit trail through callbacks. */
  @Entity
  @dev.cairn.orm.annotation.Table(name = "documents")
  static class Document {
    static final List<String> AUDIT = new CopyOnWriteArrayList<>();

    @Id @GeneratedValue Long id;
    String title;
    @Nullable LocalDateTime createdAt;
    @Nullable LocalDateTime updatedAt;
    @Transient boolean loaded;

    Document() {}

    Document(String title) {
      this.title = title;
    }

    @PrePersist
    private void created() {
      createdAt = LocalDateTime.of(2024, 1, 1, 10, 0);
      updatedAt = createdAt;
      AUDIT.add("persist " + title);
    }

    @PreUpdate
    void updated() {
      updatedAt = LocalDateTime.of(2024, 1, 2, 10, 0);
      AUDIT.add("update " + title);
    }

    @PreRemove
    void removed() {
      AUDIT.add("remove " + title);
    }

    @PostLoad
    void afterLoad() {
      loaded = true;
    }
  }

  /** An entity that is not registered anywhere. */
  @Entity
  static class Unregistered {
    @Id Long id;
  }

  /** Records every statement an engine sends: SQL and rows per round trip. */
  static final class Recorder implements ExecutionListener {
    final List<String> sql = new CopyOnWriteArrayList<>();
    final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecute(ExecutionContext context) {
      sql.add(context.sql());
      batchSizes.add(context.batchSize());
    }

    void clear() {
      sql.clear();
      batchSizes.clear();
    }

    List<String> dml() {
      List<String> out = new ArrayList<>();
      for (String s : sql) {
        if (!s.startsWith("SELECT")) {
          out.add(s);
        }
      }
      return out;
    }
  }

  /** A factory over a recording engine (closed with the returned holder). */
  static final class Fixture implements AutoCloseable {
    final Engine engine;
    final Recorder recorder = new Recorder();
    final SessionFactory sessions;

    Fixture(TestDb db, int batchSize, Class<?>... entities) {
      this.engine = Engine.builder(db.dataSource()).listener(recorder).build();
      this.sessions =
          SessionFactory.builder(engine).entities(entities).batchSize(batchSize).build();
    }

    Fixture(TestDb db, Class<?>... entities) {
      this(db, 500, entities);
    }

    Fixture create() {
      sessions.createAll();
      recorder.clear();
      return this;
    }

    @Override
    public void close() {
      engine.close();
    }
  }
}
