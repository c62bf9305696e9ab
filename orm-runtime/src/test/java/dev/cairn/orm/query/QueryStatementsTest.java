package dev.cairn.orm.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.Query;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.Map;

/** Projections, statements given by the user, Core over entity columns and bulk changes. */
class QueryStatementsTest {

  record NameAndAge(String name, Integer age) {}

  record AgeCount(Integer age, Long people) {}

  @DatabaseTest
  void projectionsIntoRecords(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      assertThat(
              people
                  .filter(Criteria.of(QueryPerson::getAge).isNotNull())
                  .orderBy("id")
                  .project(NameAndAge.class, QueryPerson::getUsername, QueryPerson::getAge))
          .containsExactly(
              new NameAndAge("ann", 31),
              new NameAndAge("bob", 17),
              new NameAndAge("dora", 45),
              new NameAndAge("eve", 17));
      assertThat(session.sql).hasSize(1);
    }
  }

  @DatabaseTest
  void aggregatesWithGroupByOverEntityColumns(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      Column<Integer> age = people.column(QueryPerson::getAge);
      List<AgeCount> counts =
          session
              .connection()
              .execute(
                  Sql.select(age, Sql.count().as("people"))
                      .from(people.table())
                      .where(age.isNotNull())
                      .groupBy(age)
                      .orderBy(age.asc()))
              .into(AgeCount.class);
      assertThat(counts)
          .containsExactly(new AgeCount(17, 2L), new AgeCount(31, 1L), new AgeCount(45, 1L));
    }
  }

  @DatabaseTest
  void entitiesFromTextSqlAndCoreSelects(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      QueryPerson ann = people.filterBy("id", 1L).one();
      List<QueryPerson> found =
          people
              .fromStatement(
                  Sql.text("SELECT * FROM people WHERE age < :age OR id = :id ORDER BY id")
                      .bind("age", 20)
                      .bind("id", 1L))
              .all();
      assertThat(found).extracting(QueryPerson::getUsername).containsExactly("ann", "bob", "eve");
      assertThat(found.get(0)).isSameAs(ann);
      assertThat(found.get(1).getEmail()).isEqualTo(new QueryPerson.Email("bob@x.org"));
      assertThat(found.get(1).getId()).isEqualTo(2L);

      Column<String> name = people.column(QueryPerson::getUsername);
      List<QueryPerson> byCore =
          people
              .fromStatement(
                  Sql.selectFrom(people.table()).where(name.startsWith("d")).orderBy(name.asc()))
              .all();
      assertThat(byCore).extracting(QueryPerson::getId).containsExactly(4L);

      assertThatThrownBy(
              () -> people.fromStatement(Sql.text("SELECT id, username FROM people")).all())
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("but not [age, active, nickname, email] of table people");
      assertThatThrownBy(
              () -> people.fromStatement(Sql.text("SELECT * FROM people")).filterBy("id", 1L))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("over a given statement cannot be filtered");
    }
  }

  @DatabaseTest
  void bulkUpdateAndDeleteTellTheSession(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      QueryPerson bob = people.filterBy("id", 2L).one();
      long updated =
          people
              .filter(Criteria.of(QueryPerson::getAge).eq(17))
              .update(Map.of("nickname", "teen", "email", new QueryPerson.Email("t@x.org")));
      assertThat(updated).isEqualTo(2);
      assertThat(session.bulkChanges).containsExactly("QueryPerson UPDATED");
      QueryPerson reloaded = people.filterBy("id", 2L).one();
      assertThat(reloaded).isSameAs(bob); // one instance per row, refreshed by the session
      assertThat(reloaded.getNickname()).isEqualTo("teen");
      assertThat(reloaded.getEmail()).isEqualTo(new QueryPerson.Email("t@x.org"));
      assertThat(people.filterBy("nickname", "teen").count()).isEqualTo(2);

      assertThat(people.filterBy("active", false).delete()).isEqualTo(2);
      assertThat(session.bulkChanges).containsExactly("QueryPerson UPDATED", "QueryPerson DELETED");
      assertThat(people.orderBy("id").all())
          .extracting(QueryPerson::getId)
          .containsExactly(1L, 3L, 4L);
      assertThat(people.update(Map.of("age", 50))).isEqualTo(3);
      assertThat(people.filterBy("age", 50).count()).isEqualTo(3);
      assertThat(people.delete()).isEqualTo(3);
      assertThat(people.exists()).isFalse();
    }
  }
}
