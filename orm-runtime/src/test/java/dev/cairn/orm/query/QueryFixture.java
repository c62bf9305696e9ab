package dev.cairn.orm.query;

import dev.cairn.test.TestDb;

/** Five people to query, inserted over JDBC after the session created the table. */
final class QueryFixture {

  private QueryFixture() {}

  /** A session over {@code db} with {@code people} holding ann, bob, cid, dora and eve. */
  static QueryTestSession people(TestDb db) {
    QueryTestSession session = new QueryTestSession(db, QueryPerson.class);
    db.executeJdbc(
        "INSERT INTO people (id, username, age, active, nickname, email)"
            + " VALUES (1, 'ann', 31, TRUE, 'annie', 'ann@x.org')",
        "INSERT INTO people (id, username, age, active, nickname, email)"
            + " VALUES (2, 'bob', 17, FALSE, NULL, 'bob@x.org')",
        "INSERT INTO people (id, username, age, active, nickname, email)"
            + " VALUES (3, 'cid', NULL, TRUE, 'c%d', 'cid@x.org')",
        "INSERT INTO people (id, username, age, active, nickname, email)"
            + " VALUES (4, 'dora', 45, TRUE, NULL, 'dora@y.org')",
        "INSERT INTO people (id, username, age, active, nickname, email)"
            + " VALUES (5, 'eve', 17, FALSE, 'Evie', 'eve@y.org')");
    return session;
  }
}
