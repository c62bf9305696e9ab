package dev.cairn.orm.reljoin;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.QueryCounter;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.OneToOne;
import dev.cairn.orm.annotation.Table;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Authors with books, books with tags (many-to-many), self-referential categories and people with
 * passports (one-to-one), written through a session, over an engine whose statements a {@link
 * QueryCounter} counts.
 */
final class JoinFixture implements AutoCloseable {

  @Entity
  @Table(name = "j_authors")
  public static class JAuthor {
    @Id Long id;
    String name;

    @OneToMany(mappedBy = "author")
    List<JBook> books = new ArrayList<>();

    JAuthor() {}

    JAuthor(Long id, String name) {
      this.id = id;
      this.name = name;
    }

    public Long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public List<JBook> getBooks() {
      return books;
    }
  }

  @Entity
  @Table(name = "j_books")
  public static class JBook {
    @Id Long id;
    String title;
    Integer pages;

    @ManyToOne
    @JoinColumn(name = "author_id")
    JAuthor author;

    @ManyToMany
    @JoinTable(name = "j_book_tags")
    Set<JTag> tags = new HashSet<>();

    JBook() {}

    JBook(Long id, String title, Integer pages, JAuthor author) {
      this.id = id;
      this.title = title;
      this.pages = pages;
      this.author = author;
      author.books.add(this);
    }

    public Long getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }

    public Integer getPages() {
      return pages;
    }

    public JAuthor getAuthor() {
      return author;
    }

    public Set<JTag> getTags() {
      return tags;
    }
  }

  @Entity
  @Table(name = "j_tags")
  public static class JTag {
    @Id Long id;
    String label;

    @ManyToMany(mappedBy = "tags")
    Set<JBook> books = new HashSet<>();

    JTag() {}

    JTag(Long id, String label) {
      this.id = id;
      this.label = label;
    }

    public Long getId() {
      return id;
    }

    public String getLabel() {
      return label;
    }

    public Set<JBook> getBooks() {
      return books;
    }
  }

  @Entity
  @Table(name = "j_categories")
  public static class JCategory {
    @Id Long id;
    String name;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    JCategory parent;

    @OneToMany(mappedBy = "parent")
    List<JCategory> children = new ArrayList<>();

    JCategory() {}

    JCategory(Long id, String name, JCategory parent) {
      this.id = id;
      this.name = name;
      this.parent = parent;
      if (parent != null) {
        parent.children.add(this);
      }
    }

    public Long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public JCategory getParent() {
      return parent;
    }

    public List<JCategory> getChildren() {
      return children;
    }
  }

  @Entity
  @Table(name = "j_people")
  public static class JPerson {
    @Id Long id;
    String name;

    @OneToOne(mappedBy = "person")
    JPassport passport;

    JPerson() {}

    JPerson(Long id, String name) {
      this.id = id;
      this.name = name;
    }

    public String getName() {
      return name;
    }

    public JPassport getPassport() {
      return passport;
    }
  }

  @Entity
  @Table(name = "j_passports")
  public static class JPassport {
    @Id Long id;
    String number;

    @OneToOne
    @JoinColumn(name = "person_id")
    JPerson person;

    JPassport() {}

    JPassport(Long id, String number, JPerson person) {
      this.id = id;
      this.number = number;
      this.person = person;
      person.passport = this;
    }

    public String getNumber() {
      return number;
    }

    public JPerson getPerson() {
      return person;
    }
  }

  final QueryCounter counter = new QueryCounter();
  final Engine engine;
  final SessionFactory factory;

  JoinFixture(TestDb db) {
    this.engine = Engine.builder(db.dataSource()).listener(counter).build();
    this.factory =
        SessionFactory.builder(engine)
            .entities(
                JAuthor.class,
                JBook.class,
                JTag.class,
                JCategory.class,
                JPerson.class,
                JPassport.class)
            .build();
    factory.createAll();
  }

  /**
   * Ann (1) wrote "Java Basics" (1, 300 pages, tags db+java) and "SQL Deep Dive" (2, 500, db); Bob
   * (2) wrote "Go Fast" (3, 150, no tags); Cid (3) wrote nothing. Tag 3 "misc" is on no book.
   */
  JoinFixture data() {
    try (Session session = factory.openSession()) {
      JAuthor ann = new JAuthor(1L, "Ann");
      JAuthor bob = new JAuthor(2L, "Bob");
      JAuthor cid = new JAuthor(3L, "Cid");
      JTag db = new JTag(1L, "db");
      JTag java = new JTag(2L, "java");
      JTag misc = new JTag(3L, "misc");
      JBook basics = new JBook(1L, "Java Basics", 300, ann);
      JBook deep = new JBook(2L, "SQL Deep Dive", 500, ann);
      new JBook(3L, "Go Fast", 150, bob);
      basics.tags.add(db);
      basics.tags.add(java);
      deep.tags.add(db);
      session.addAll(List.of(ann, bob, cid, db, java, misc));
      session.commit();
    }
    counter.reset();
    return this;
  }

  /**
   * Categories Root (1) with children Books (2) and Music (3); Fiction (4) under Books, Jazz (5)
   * under Music. People Ann (1, passport P-1) and Bob (2, none).
   */
  JoinFixture trees() {
    try (Session session = factory.openSession()) {
      JCategory root = new JCategory(1L, "Root", null);
      JCategory books = new JCategory(2L, "Books", root);
      JCategory music = new JCategory(3L, "Music", root);
      new JCategory(4L, "Fiction", books);
      new JCategory(5L, "Jazz", music);
      JPerson ann = new JPerson(1L, "Ann");
      JPassport passport = new JPassport(1L, "P-1", ann);
      session.addAll(List.of(root, ann, passport, new JPerson(2L, "Bob")));
      session.commit();
    }
    counter.reset();
    return this;
  }

  Session open() {
    return factory.openSession();
  }

  @Override
  public void close() {
    engine.close();
  }
}
