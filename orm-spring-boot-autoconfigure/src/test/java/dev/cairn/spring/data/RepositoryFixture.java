package dev.cairn.spring.data;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.QueryCounter;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.spring.data.domain.Author;
import dev.cairn.spring.data.domain.Book;
import dev.cairn.spring.data.domain.Review;
import dev.cairn.spring.data.domain.Tag;
import dev.cairn.spring.data.support.CairnRepositoryFactory;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;

/**
 * Authors, books, tags and reviews (and the entities a test adds) on a test database, one open
 * session, and repositories made by {@link CairnRepositoryFactory} over it, without a Spring
 * context. A {@link QueryCounter} records every statement.
 */
final class RepositoryFixture implements AutoCloseable {

  final QueryCounter counter = new QueryCounter();
  final Engine engine;
  final SessionFactory sessions;
  final Session session;
  final CairnRepositoryFactory factory;

  RepositoryFixture(TestDb db, Class<?>... moreEntities) {
    engine = Engine.builder(db.dataSource()).listener(counter).build();
    sessions =
        SessionFactory.builder(engine)
            .entities(Author.class, Book.class, Tag.class, Review.class)
            .entities(moreEntities)
            .build();
    sessions.createAll();
    session = sessions.openSession();
    factory = new CairnRepositoryFactory(session, sessions);
  }

  /**
   * Three authors, three tags and five books, committed:
   *
   * <pre>
   * title         pages published   available isbn      author tags              reviews
   * Dune          412   1965-08-01  yes       978-0441  Bob    sci-fi, classic   5, 4
   * Emma          474   1815-12-23  no        -         Ann    classic           3
   * Hobbit        310   1937-09-21  yes       978-0547  Ann    fantasy, classic  -
   * 100%_Pure     120   2020-01-01  no        978-1234  Cid    -                 -
   * dune messiah  256   1969-10-15  yes       -         Bob    sci-fi            2
   * </pre>
   *
   * Ann is from NO, Bob from SE, Cid's country is unknown.
   */
  void seed() {
    Author ann = new Author("Ann", "NO");
    Author bob = new Author("Bob", "SE");
    Author cid = new Author("Cid", null);
    Tag fantasy = new Tag("fantasy");
    Tag classic = new Tag("classic");
    Tag scifi = new Tag("sci-fi");
    Book dune =
        new Book("Dune", 412, bob)
            .published(java.time.LocalDate.of(1965, 8, 1))
            .available(true)
            .isbn("978-0441")
            .review(new Review(5))
            .review(new Review(4));
    dune.getTags().addAll(List.of(scifi, classic));
    Book emma =
        new Book("Emma", 474, ann)
            .published(java.time.LocalDate.of(1815, 12, 23))
            .review(new Review(3));
    emma.getTags().add(classic);
    Book hobbit =
        new Book("Hobbit", 310, ann)
            .published(java.time.LocalDate.of(1937, 9, 21))
            .available(true)
            .isbn("978-0547");
    hobbit.getTags().addAll(List.of(fantasy, classic));
    Book pure =
        new Book("100%_Pure", 120, cid)
            .published(java.time.LocalDate.of(2020, 1, 1))
            .isbn("978-1234");
    Book messiah =
        new Book("dune messiah", 256, bob)
            .published(java.time.LocalDate.of(1969, 10, 15))
            .available(true)
            .review(new Review(2));
    messiah.getTags().add(scifi);
    session.addAll(List.of(ann, bob, cid, dune, emma, hobbit, pure, messiah));
    commitAndClear();
  }

  <R> R repository(Class<R> type) {
    return factory.getRepository(type);
  }

  /** The first column of every row {@code sql} returns, read in a session of its own. */
  List<Object> column(String sql) {
    List<Object> values = new ArrayList<>();
    try (var connection = engine.connect()) {
      connection.execute(dev.cairn.core.sql.Sql.text(sql)).scalars().forEach(values::add);
    }
    return values;
  }

  /** Commits the session and forgets its objects, so what follows reads the database. */
  void commitAndClear() {
    session.commit();
    session.clear();
    counter.reset();
  }

  @Override
  public void close() {
    session.close();
    engine.close();
  }
}
