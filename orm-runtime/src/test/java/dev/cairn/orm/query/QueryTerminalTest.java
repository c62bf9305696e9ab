package dev.cairn.orm.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.Page;
import dev.cairn.orm.Query;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.stream.Stream;

/** The terminal methods, ordering and paging on every database: results and statement counts. */
class QueryTerminalTest {

  private static List<Long> ids(List<QueryPerson> people) {
    return people.stream().map(QueryPerson::getId).toList();
  }

  @DatabaseTest
  void firstOneOneOrNullAndAllRunOneStatementEach(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      assertThat(people.filterBy("username", "dora").first().getAge()).isEqualTo(45);
      assertThat(people.filterBy("username", "nobody").first()).isNull();
      assertThat(people.filterBy("username", "ann").one().getId()).isEqualTo(1L);
      assertThat(people.filterBy("username", "ann").oneOrNull().getId()).isEqualTo(1L);
      assertThat(people.filterBy("username", "nobody").oneOrNull()).isNull();
      assertThat(ids(people.orderBy("id").all())).containsExactly(1L, 2L, 3L, 4L, 5L);
      assertThat(session.sql).hasSize(6);
      assertThat(session.autoflushes).isEqualTo(6);
    }
  }

  @DatabaseTest
  void oneFailsUnlessExactlyOne(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      assertThatThrownBy(() -> people.filterBy("username", "nobody").one())
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "Query of QueryPerson expected exactly one result but found none; use oneOrNull()"
                  + " or first() or refine the filters");
      assertThatThrownBy(() -> people.filterBy("age", 17).one())
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "Query of QueryPerson expected exactly one result but found more than one; use"
                  + " first() or all() or refine the filters");
      assertThatThrownBy(() -> people.filterBy("age", 17).oneOrNull())
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("expected at most one result but found more than one");
      assertThat(people.filterBy("age", 17).orderBy("id").limit(1).one().getId()).isEqualTo(2L);
    }
  }

  @DatabaseTest
  void loadedInstancesAreTheIdentityMapsInstances(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      QueryPerson ann = people.filterBy("id", 1L).one();
      assertThat(people.orderBy("id").first()).isSameAs(ann);
      try (Stream<QueryPerson> stream = people.orderBy("id").stream()) {
        assertThat(stream.findFirst()).containsSame(ann);
      }
    }
  }

  @DatabaseTest
  void orderings(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      var age = Criteria.of(QueryPerson::getAge);
      var id = Criteria.of(QueryPerson::getId);
      assertThat(ids(people.orderBy(age.desc().nullsLast(), id.asc()).all()))
          .containsExactly(4L, 1L, 2L, 5L, 3L);
      assertThat(ids(people.orderBy(age.desc().nullsFirst(), id.asc()).all()))
          .containsExactly(3L, 4L, 1L, 2L, 5L);
      assertThat(ids(people.orderBy(age.asc().nullsLast(), id.desc()).all()))
          .containsExactly(5L, 2L, 1L, 4L, 3L);
      assertThat(ids(people.orderBy(age.asc().nullsFirst()).orderBy(id.desc()).all()))
          .containsExactly(3L, 5L, 2L, 1L, 4L);
      assertThat(ids(people.orderByDesc("username").all())).containsExactly(5L, 4L, 3L, 2L, 1L);
      assertThat(ids(people.orderBy("username").all())).containsExactly(1L, 2L, 3L, 4L, 5L);
    }
  }

  @DatabaseTest
  void limitAndOffset(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class).orderBy("id");
      assertThat(ids(people.limit(2).all())).containsExactly(1L, 2L);
      assertThat(ids(people.offset(1).limit(2).all())).containsExactly(2L, 3L);
      assertThat(ids(people.offset(3).all())).containsExactly(4L, 5L);
      assertThat(ids(people.limit(0).all())).isEmpty();
      assertThat(people.offset(2).first().getId()).isEqualTo(3L);
      assertThat(people.offset(9).first()).isNull();
    }
  }

  @DatabaseTest
  void countAndExists(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      assertThat(people.count()).isEqualTo(5);
      assertThat(people.filterBy("age", 17).count()).isEqualTo(2);
      assertThat(people.filter(Criteria.of(QueryPerson::getAge).gt(99)).count()).isZero();
      assertThat(people.orderBy("id").offset(1).limit(3).count()).isEqualTo(3);
      assertThat(people.orderBy("id").offset(4).limit(3).count()).isEqualTo(1);
      assertThat(people.exists()).isTrue();
      assertThat(people.filterBy("username", "eve").exists()).isTrue();
      assertThat(people.filterBy("username", "zed").exists()).isFalse();
      assertThat(people.orderBy("id").offset(5).exists()).isFalse();
      assertThat(session.sql).hasSize(9);
    }
  }

  @DatabaseTest
  void pagesRunTwoStatements(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class).orderBy("id");
      Page<QueryPerson> second = people.page(1, 2);
      assertThat(ids(second.items())).containsExactly(3L, 4L);
      assertThat(second.total()).isEqualTo(5);
      assertThat(second.page()).isEqualTo(1);
      assertThat(second.size()).isEqualTo(2);
      assertThat(second.totalPages()).isEqualTo(3);
      assertThat(second.hasNext()).isTrue();
      assertThat(second.hasPrevious()).isTrue();
      assertThat(session.sql).hasSize(2);

      Page<QueryPerson> last = people.limit(1).page(2, 2);
      assertThat(ids(last.items())).containsExactly(5L);
      assertThat(last.hasNext()).isFalse();

      Page<QueryPerson> young = people.filterBy("age", 17).page(0, 10);
      assertThat(ids(young.items())).containsExactly(2L, 5L);
      assertThat(young.total()).isEqualTo(2);
      assertThat(young.totalPages()).isEqualTo(1);

      Page<QueryPerson> none = people.filterBy("age", 99).page(0, 10);
      assertThat(none.items()).isEmpty();
      assertThat(none.totalPages()).isZero();
      assertThat(session.sql).hasSize(8);
    }
  }

  @DatabaseTest
  void streamsLazilyOverACursor(TestDb db) {
    try (QueryTestSession session = QueryFixture.people(db)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      try (Stream<QueryPerson> stream =
          people.filter(Criteria.of(QueryPerson::isActive).eq(true)).orderBy("id").stream()) {
        assertThat(session.autoflushes).isEqualTo(1);
        assertThat(stream.map(QueryPerson::getUsername).toList())
            .containsExactly("ann", "cid", "dora");
      }
      assertThat(session.sql).hasSize(1);
    }
  }
}
