package dev.cairn.orm.relwrite;

import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.ExecutionContext;
import dev.cairn.core.engine.ExecutionListener;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.OneToOne;
import dev.cairn.orm.annotation.Table;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Entities and a statement-recording factory for the relationship writing tests. */
final class RelWriteFixtures {

  private RelWriteFixtures() {}

  @Entity
  @Table(name = "parents")
  static class Parent {
    @Id @GeneratedValue Long id;
    String name;

    @OneToMany(
        mappedBy = "parent",
        cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    List<Child> children = new ArrayList<>();

    Parent() {}

    Parent(String name) {
      this.name = name;
    }
  }

  @Entity
  @Table(name = "children")
  static class Child {
    @Id @GeneratedValue Long id;
    String name;
    @ManyToOne Parent parent;

    Child() {}

    Child(String name) {
      this.name = name;
    }
  }

  /** A tree with the default cascade (save-update, merge): removal unlinks. */
  @Entity
  @Table(name = "folders")
  static class Folder {
    @Id @GeneratedValue Long id;
    String name;
    @ManyToOne Folder parent;

    @OneToMany(mappedBy = "parent")
    List<Folder> children = new ArrayList<>();

    Folder() {}

    Folder(String name) {
      this.name = name;
    }

    Folder add(Folder child) {
      children.add(child);
      child.parent = this;
      return child;
    }
  }

  @Entity
  @Table(name = "students")
  static class Student {
    @Id @GeneratedValue Long id;
    String name;
    @ManyToMany Set<Course> courses = new HashSet<>();

    Student() {}

    Student(String name) {
      this.name = name;
    }
  }

  @Entity
  @Table(name = "courses")
  static class Course {
    @Id @GeneratedValue Long id;
    String title;

    @ManyToMany(mappedBy = "courses")
    Set<Student> students = new HashSet<>();

    Course() {}

    Course(String title) {
      this.title = title;
    }
  }

  @Entity
  @Table(name = "departments")
  static class Department {
    @Id @GeneratedValue Long id;
    String name;
    @ManyToOne Employee manager;

    Department() {}

    Department(String name) {
      this.name = name;
    }
  }

  @Entity
  @Table(name = "employees")
  static class Employee {
    @Id @GeneratedValue Long id;
    String name;
    @ManyToOne Department department;

    Employee() {}

    Employee(String name) {
      this.name = name;
    }
  }

  @Entity
  @Table(name = "authors")
  static class Author {
    @Id @GeneratedValue Long id;
    String name;

    @OneToOne(
        mappedBy = "author",
        cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    Profile profile;

    Author() {}

    Author(String name) {
      this.name = name;
    }
  }

  @Entity
  @Table(name = "profiles")
  static class Profile {
    @Id @GeneratedValue Long id;
    String bio;
    @OneToOne Author author;

    Profile() {}

    Profile(String bio) {
      this.bio = bio;
    }
  }

  /** A reference that does not cascade save-update. */
  @Entity
  @Table(name = "notes")
  static class Note {
    @Id @GeneratedValue Long id;

    @ManyToOne(cascade = {})
    Parent about;
  }

  /** Records the SQL of every execution. */
  static final class Recorder implements ExecutionListener {
    final List<String> sql = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecute(ExecutionContext context) {
      sql.add(context.sql());
    }

    List<String> dml() {
      return sql.stream().filter(s -> !s.startsWith("SELECT")).toList();
    }

    List<String> selects() {
      return sql.stream().filter(s -> s.startsWith("SELECT")).toList();
    }

    void clear() {
      sql.clear();
    }
  }

  /** A factory over a recording engine with the tables created. */
  static final class Fixture implements AutoCloseable {
    final TestDb db;
    final Engine engine;
    final Recorder recorder = new Recorder();
    final SessionFactory sessions;

    Fixture(TestDb db, Class<?>... entities) {
      this(db, true, entities);
    }

    /** Without {@code create}, the test creates the tables itself. */
    Fixture(TestDb db, boolean create, Class<?>... entities) {
      this.db = db;
      this.engine = Engine.builder(db.dataSource()).listener(recorder).build();
      this.sessions = SessionFactory.builder(engine).entities(entities).build();
      if (create) {
        sessions.createAll();
      }
      recorder.clear();
    }

    /** The INSERT of {@code rows} rows into {@code table}, as the flush sends it. */
    String insert(String table, String columns, int rows) {
      int count = columns.split(",").length;
      String row = "(" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
      if (db.database() == TestDatabase.H2) {
        return "INSERT INTO " + table + " (" + columns + ") VALUES " + row;
      }
      return "INSERT INTO "
          + table
          + " ("
          + columns
          + ") VALUES "
          + String.join(", ", java.util.Collections.nCopies(rows, row))
          + " RETURNING id";
    }

    /** A single number read with plain JDBC. */
    long number(String sql) {
      try (Connection c = db.dataSource().getConnection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      engine.close();
    }
  }
}
