package dev.cairn.orm.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.Criteria;
import dev.cairn.orm.Criterion;
import dev.cairn.orm.Query;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;

/** Typed criteria from getter method references, on every database: exact matching rows. */
class QueryCriteriaTest {

  private static List<Long> ids(Query<QueryPerson> query) {
    return query.orderBy("id").all().stream().map(QueryPerson::getId).toList();
  }

  private static Criterion<QueryPerson> age(int low, int high) {
    return Criteria.of(QueryPerson::getAge).between(low, high);
  }

  @DatabaseTest
  void comparisons(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getUsername).eq("bob"))))
          .containsExactly(2L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getAge).ne(17))))
          .containsExactly(1L, 4L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getAge).lt(31))))
          .containsExactly(2L, 5L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getAge).le(31))))
          .containsExactly(1L, 2L, 5L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getAge).gt(31)))).containsExactly(4L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getAge).ge(31))))
          .containsExactly(1L, 4L);
      assertThat(ids(people.filter(age(17, 31)))).containsExactly(1L, 2L, 5L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getId).in(5L, 1L, 9L))))
          .containsExactly(1L, 5L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getId).in(List.of())))).isEmpty();
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getId).notIn(List.of(1L, 2L)))))
          .containsExactly(3L, 4L, 5L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getAge).isNull()))).containsExactly(3L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getNickname).isNotNull())))
          .containsExactly(1L, 3L, 5L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getUsername).eq(null)))).isEmpty();
      assertThat(ids(people.filter(Criteria.of(QueryPerson::isActive).eq(true))))
          .containsExactly(1L, 3L, 4L);
    }
  }

  @DatabaseTest
  void textMatching(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getUsername).like("%o%"))))
          .containsExactly(2L, 4L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getUsername).notLike("%o%"))))
          .containsExactly(1L, 3L, 5L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getNickname).startsWith("c%"))))
          .containsExactly(3L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getNickname).startsWith("c_"))))
          .isEmpty();
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getNickname).endsWith("ie"))))
          .containsExactly(1L, 5L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getNickname).contains("%"))))
          .containsExactly(3L);
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getNickname).ilike("EV%"))))
          .containsExactly(5L);
    }
  }

  @DatabaseTest
  void andOrNotAndRepeatedFilters(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      Criterion<QueryPerson> young = Criteria.of(QueryPerson::getAge).lt(18);
      Criterion<QueryPerson> active = Criteria.of(QueryPerson::isActive).eq(true);
      assertThat(ids(people.filter(young.or(active)))).containsExactly(1L, 2L, 3L, 4L, 5L);
      assertThat(ids(people.filter(young.and(active)))).isEmpty();
      assertThat(ids(people.filter(young.not()))).containsExactly(1L, 4L);
      assertThat(ids(people.filter(active).filter(Criteria.of(QueryPerson::getAge).isNotNull())))
          .containsExactly(1L, 4L);
      assertThat(ids(people.filterBy("active", false).filterBy("age", 17))).containsExactly(2L, 5L);
      assertThat(ids(people.filterBy("nickname", null))).containsExactly(2L, 4L);
    }
  }

  @DatabaseTest
  void convertedPropertiesCompareAsTheirJavaType(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      QueryPerson.Email bob = new QueryPerson.Email("bob@x.org");
      assertThat(ids(people.filter(Criteria.of(QueryPerson::getEmail).eq(bob))))
          .containsExactly(2L);
      assertThat(ids(people.filterBy("email", bob))).containsExactly(2L);
      assertThat(
              ids(
                  people.filter(
                      Criteria.of(QueryPerson::getEmail)
                          .in(bob, new QueryPerson.Email("eve@y.org")))))
          .containsExactly(2L, 5L);
      assertThat(people.filterBy("id", 4L).one().getEmail())
          .isEqualTo(new QueryPerson.Email("dora@y.org"));
    }
  }
}
