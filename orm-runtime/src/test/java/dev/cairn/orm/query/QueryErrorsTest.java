package dev.cairn.orm.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.Query;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.Map;

/** Misuse of the query API fails at once with a message naming entity, property and fix. */
class QueryErrorsTest {

  private static final String PROPERTIES = "[id, username, age, active, nickname, email]";

  @DatabaseTest({TestDatabase.H2})
  void unknownPropertiesAreNamedWithTheKnownOnes(TestDb db) {
    try (QueryTestSession session = new QueryTestSession(db, QueryPerson.class)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      assertThatThrownBy(() -> people.filterBy("name", "ann"))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "Entity QueryPerson has no column property 'name'; its properties are " + PROPERTIES);
      assertThatThrownBy(() -> people.orderBy("name"))
          .isInstanceOf(CairnException.class)
          .hasMessageStartingWith("Entity QueryPerson has no column property 'name'");
      assertThatThrownBy(() -> people.update(Map.of("name", "x")))
          .isInstanceOf(CairnException.class)
          .hasMessageStartingWith("Entity QueryPerson has no column property 'name'");
      assertThat(session.sql).isEmpty();
    }
  }

  @DatabaseTest({TestDatabase.H2})
  void valuesOfTheWrongTypeNameBothTypes(TestDb db) {
    try (QueryTestSession session = new QueryTestSession(db, QueryPerson.class)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      assertThatThrownBy(() -> people.filterBy("age", "31"))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "Property QueryPerson.age is of type java.lang.Integer but the value given is of"
                  + " type java.lang.String; pass a value of type Integer (convert it first)");
      assertThatThrownBy(() -> people.filterBy("id", 1))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "Property QueryPerson.id is of type java.lang.Long but the value given is of type"
                  + " java.lang.Integer; pass a value of type Long (convert it first)");
      assertThatThrownBy(() -> people.filterBy("email", "ann@x.org"))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("is of type dev.cairn.orm.query.QueryPerson$Email")
          .hasMessageContaining("java.lang.String");
      assertThatThrownBy(() -> people.update(Map.of("active", "yes")))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("Property QueryPerson.active is of type java.lang.Boolean");
    }
  }

  @DatabaseTest({TestDatabase.H2})
  void gettersThatAreNotPropertiesAndLambdasAreRejected(TestDb db) {
    try (QueryTestSession session = new QueryTestSession(db, QueryPerson.class)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      assertThatThrownBy(
              () -> people.filter(Criteria.of(QueryPerson::getDisplayName).eq("ann (31)")))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "QueryPerson::getDisplayName is not the getter of a mapped column property of"
                  + " entity QueryPerson (it would name 'displayName'); use a getter of one of "
                  + PROPERTIES);
      assertThatThrownBy(() -> Criteria.of((QueryPerson p) -> p.getUsername()))
          .isInstanceOf(CairnException.class)
          .hasMessageStartingWith(
              "Criteria need a method reference to a getter such as User::getName, but got a"
                  + " lambda declared in dev.cairn.orm.query.QueryErrorsTest");
    }
  }

  @DatabaseTest({TestDatabase.H2})
  void badPagingAndBulkMisuse(TestDb db) {
    try (QueryTestSession session = new QueryTestSession(db, QueryPerson.class)) {
      Query<QueryPerson> people = session.query(QueryPerson.class);
      assertThatThrownBy(() -> people.page(-1, 10))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "page(-1, 10) on a query of QueryPerson; pages are counted from 0 and hold at least"
                  + " 1 entity");
      assertThatThrownBy(() -> people.limit(-1))
          .isInstanceOf(CairnException.class)
          .hasMessage("limit(-1) on a query of QueryPerson; give 0 or more");
      assertThatThrownBy(() -> people.orderBy("id").limit(2).delete())
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "delete() of QueryPerson takes only filters, but the query has an ordering, limit or"
                  + " offset; remove it (bulk statements change every matching row)");
      assertThatThrownBy(() -> people.update(Map.of()))
          .isInstanceOf(CairnException.class)
          .hasMessage("update() of QueryPerson without values; give property names and new values");
      assertThatThrownBy(() -> people.column(QueryPerson::getEmail))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("Property QueryPerson.email has a converter");
      assertThat(session.sql).isEmpty();
    }
  }
}
