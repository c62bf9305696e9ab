package dev.cairn.orm.jpa;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.QueryCounter;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.test.TestDb;

/** A session factory of some entities over an engine whose statements are counted; tables made. */
final class Counted implements AutoCloseable {

  final QueryCounter counter = new QueryCounter();
  final Engine engine;
  final SessionFactory sessions;

  Counted(TestDb db, Class<?>... entities) {
    engine = Engine.builder(db.dataSource()).listener(counter).build();
    sessions = SessionFactory.builder(engine).entities(entities).build();
    sessions.createAll();
  }

  Session open() {
    return sessions.openSession();
  }

  @Override
  public void close() {
    engine.close();
  }
}
