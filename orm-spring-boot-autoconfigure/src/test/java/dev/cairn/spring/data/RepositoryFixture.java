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
 * Authors, books, tags and reviews on a test database, one open session, and repositories made by
 * {@link CairnRepositoryFactory} over it, without a Spring context. A {@link QueryCounter} records
 * every statement.
 */
final class RepositoryFixture implements AutoCloseable {

  final QueryCounter counter = new QueryCounter();
  final Engine engine;
  final SessionFactory sessions;
  final Session session;
  final CairnRepositoryFactory factory;

  RepositoryFixture(TestDb db) {
    engine = Engine.builder(db.dataSource()).listener(counter).build();
    sessions =
        SessionFactory.builder(engine)
            .entities(Author.class, Book.class, Tag.class, Review.class)
            .build();
    sessions.createAll();
    session = sessions.openSession();
    factory = new CairnRepositoryFactory(session, sessions);
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
