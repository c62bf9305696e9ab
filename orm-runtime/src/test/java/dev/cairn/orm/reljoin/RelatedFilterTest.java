package dev.cairn.orm.reljoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.CompiledStatement;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.Criterion;
import dev.cairn.orm.Session;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.reljoin.JoinFixture.JAuthor;
import dev.cairn.orm.reljoin.JoinFixture.JBook;
import dev.cairn.orm.reljoin.JoinFixture.JTag;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;

class RelatedFilterTest {

  private static List<String> names(List<JAuthor> authors) {
    return authors.stream().map(JAuthor::getName).toList();
  }

  private static List<String> titles(List<JBook> books) {
    return books.stream().map(JBook::getTitle).toList();
  }

  @DatabaseTest
  void anyMatchesOwnersWithAMatchingElementOnce(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      List<JAuthor> authors =
          session
              .query(JAuthor.class)
              .filter(Criteria.any(JAuthor::getBooks, Criteria.of(JBook::getPages).ge(200)))
              .orderBy("id")
              .all();
      assertThat(names(authors)).containsExactly("Ann");
      f.counter.assertCount(1);
      assertThat(f.counter.statements().get(0)).contains("EXISTS");
    }
  }

  @DatabaseTest
  void anyWithoutCriterionAndItsNegation(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      Criterion<JAuthor> hasBooks = Criteria.any(JAuthor::getBooks);
      assertThat(names(session.query(JAuthor.class).filter(hasBooks).orderBy("id").all()))
          .containsExactly("Ann", "Bob");
      assertThat(names(session.query(JAuthor.class).filter(hasBooks.not()).orderBy("id").all()))
          .containsExactly("Cid");
      assertThat(session.query(JAuthor.class).filter(hasBooks).count()).isEqualTo(2);
      f.counter.assertCount(3);
    }
  }

  @DatabaseTest
  void hasMatchesThroughAReference(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      List<JBook> books =
          session
              .query(JBook.class)
              .filter(Criteria.has(JBook::getAuthor, Criteria.of(JAuthor::getName).eq("Ann")))
              .orderBy("id")
              .all();
      assertThat(titles(books)).containsExactly("Java Basics", "SQL Deep Dive");
      // the query, then the batch load of the books' authors
      f.counter.assertCount(2);
      assertThat(books.get(0).getAuthor().getName()).isEqualTo("Ann");
      f.counter.assertCount(2);
    }
  }

  @DatabaseTest
  void anyThroughTheAssociationTableOnBothSides(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      List<JBook> tagged =
          session
              .query(JBook.class)
              .filter(Criteria.any(JBook::getTags, Criteria.of(JTag::getLabel).eq("db")))
              .orderBy("id")
              .all();
      assertThat(titles(tagged)).containsExactly("Java Basics", "SQL Deep Dive");
      List<JTag> used =
          session
              .query(JTag.class)
              .filter(Criteria.any(JTag::getBooks, Criteria.of(JBook::getPages).lt(400)))
              .orderBy("id")
              .all();
      assertThat(used).extracting(JTag::getLabel).containsExactly("db", "java");
      List<JTag> unused =
          session.query(JTag.class).filter(Criteria.any(JTag::getBooks).not()).all();
      assertThat(unused).extracting(JTag::getLabel).containsExactly("misc");
      // three queries and the batch load of the books' authors after the first
      f.counter.assertCount(4);
    }
  }

  @DatabaseTest
  void pathsThroughReferencesAndCollections(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      assertThat(titles(session.query(JBook.class).filterBy("author.name", "Bob").all()))
          .containsExactly("Go Fast");
      assertThat(
              titles(
                  session
                      .query(JBook.class)
                      .filter(Criteria.<JBook, Object>named("author.name").in("Ann", "Cid"))
                      .filter(Criteria.of(JBook::getPages).gt(400))
                      .all()))
          .containsExactly("SQL Deep Dive");
      // a collection path means "any element": authors with a book tagged java, two hops deep
      assertThat(
              names(
                  session
                      .query(JAuthor.class)
                      .filter(Criteria.<JAuthor, Object>named("books.tags.label").eq("java"))
                      .all()))
          .containsExactly("Ann");
      // three queries; each of the two book queries batch-loads its books' authors
      f.counter.assertCount(5);
    }
  }

  @DatabaseTest
  void oneAnyHoldsForOneElementWhileTwoPathsHoldIndependently(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      Criterion<JBook> longBook = Criteria.of(JBook::getPages).ge(400);
      Criterion<JBook> java = Criteria.of(JBook::getTitle).startsWith("Java");
      assertThat(
              session
                  .query(JAuthor.class)
                  .filter(Criteria.any(JAuthor::getBooks, longBook.and(java)))
                  .all())
          .isEmpty();
      assertThat(
              names(
                  session
                      .query(JAuthor.class)
                      .filter(Criteria.<JAuthor, Object>named("books.pages").ge(400))
                      .filter(Criteria.<JAuthor, Object>named("books.title").like("Java%"))
                      .all()))
          .containsExactly("Ann");
      f.counter.assertCount(2);
    }
  }

  @DatabaseTest
  void pathValuesAreTypeChecked(TestDb db) {
    try (JoinFixture f = new JoinFixture(db);
        Session session = f.open()) {
      assertThatThrownBy(() -> session.query(JBook.class).filterBy("author.name", 5))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("JAuthor.name")
          .hasMessageContaining("java.lang.String");
      assertThatThrownBy(() -> session.query(JBook.class).filterBy("author.nope", "x"))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("has no column property 'nope'");
    }
  }

  @DatabaseTest
  void wrongKindsFailClearly(TestDb db) {
    try (JoinFixture f = new JoinFixture(db);
        Session session = f.open()) {
      assertThatThrownBy(
              () ->
                  session
                      .query(JAuthor.class)
                      .filter(Criteria.has("books", Criteria.of(JBook::getPages).gt(1))))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("JAuthor.books is a collection; use Criteria.any");
      assertThatThrownBy(
              () ->
                  session
                      .query(JBook.class)
                      .filter(Criteria.any("author", Criteria.of(JAuthor::getName).eq("x"))))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("JBook.author is a reference; use Criteria.has");
      assertThatThrownBy(() -> session.query(JAuthor.class).filterBy("books", 1L))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("with a path such as 'books.id'");
    }
  }

  @DatabaseTest({dev.cairn.test.TestDatabase.H2})
  void existsSqlShape(TestDb db) {
    try (JoinFixture f = new JoinFixture(db)) {
      EntityModel<JAuthor> authors = f.factory.mapping().entity(JAuthor.class);
      EntityModel<JBook> books = f.factory.mapping().entity(JBook.class);
      CompiledStatement any =
          Sql.select(authors.idProperties().get(0).column())
              .from(authors.table())
              .where(
                  Criteria.any(JAuthor::getBooks, Criteria.of(JBook::getTitle).eq("T"))
                      .toCondition(authors))
              .compile(Dialects.POSTGRESQL);
      assertThat(any.sql())
          .isEqualTo(
              "SELECT j_authors.id FROM j_authors WHERE EXISTS (SELECT j_books.id FROM j_books"
                  + " WHERE j_books.author_id = j_authors.id AND j_books.title = ?)");
      assertThat(any.parameters()).extracting(p -> p.value()).containsExactly("T");
      CompiledStatement many =
          Sql.select(books.idProperties().get(0).column())
              .from(books.table())
              .where(
                  Criteria.any(JBook::getTags, Criteria.of(JTag::getLabel).eq("db"))
                      .toCondition(books))
              .compile(Dialects.POSTGRESQL);
      assertThat(many.sql())
          .isEqualTo(
              "SELECT j_books.id FROM j_books WHERE EXISTS (SELECT j_tags.id FROM j_tags"
                  + " JOIN j_book_tags ON j_book_tags.j_tag_id = j_tags.id"
                  + " WHERE j_book_tags.j_book_id = j_books.id AND j_tags.label = ?)");
    }
  }
}
