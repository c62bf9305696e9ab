package dev.cairn.orm.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.Criteria;
import dev.cairn.orm.Query;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.Map;

/** The exact SQL queries send, captured by an execution listener on every database. */
class QuerySqlTest {

  private static final String COLUMNS =
      "SELECT people.id, people.username, people.age, people.active, people.nickname,"
          + " people.email FROM people";

  @DatabaseTest
  void everyTerminalMethodSendsOneKnownStatement(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      people.filterBy("username", "ann").first();
      people
          .filter(
              Criteria.of(QueryPerson::getAge)
                  .ge(18)
                  .or(Criteria.of(QueryPerson::getNickname).isNull()))
          .orderBy(Criteria.of(QueryPerson::getAge).desc().nullsLast())
          .offset(1)
          .all();
      people.filterBy("active", true).count();
      people.orderBy("id").limit(2).count();
      people.filterBy("username", "ann").exists();
      people.filterBy("id", 1L).update(Map.of("nickname", "a"));
      people.filterBy("id", 1L).delete();

      String orderedWithOffset =
          switch (db.database()) {
            case H2, POSTGRESQL -> " ORDER BY people.age DESC NULLS LAST OFFSET ?";
            case SQLITE -> " ORDER BY people.age DESC NULLS LAST LIMIT -1 OFFSET ?";
            case MARIADB ->
                " ORDER BY people.age IS NULL, people.age DESC LIMIT 18446744073709551615 OFFSET ?";
          };
      assertThat(session.sql)
          .containsExactly(
              COLUMNS + " WHERE people.username = ? LIMIT ?",
              COLUMNS + " WHERE people.age >= ? OR people.nickname IS NULL" + orderedWithOffset,
              "SELECT COUNT(*) FROM people WHERE people.active = ?",
              "SELECT COUNT(*) FROM (" + COLUMNS + " ORDER BY people.id ASC LIMIT ?) AS counted",
              "SELECT people.id FROM people WHERE people.username = ? LIMIT ?",
              "UPDATE people SET nickname = ? WHERE people.id = ?",
              // the session reloads its two loaded people after each bulk statement
              COLUMNS + " WHERE people.id IN (?, ?)",
              "DELETE FROM people WHERE people.id = ?",
              COLUMNS + " WHERE people.id IN (?, ?)");
    }
  }
}
