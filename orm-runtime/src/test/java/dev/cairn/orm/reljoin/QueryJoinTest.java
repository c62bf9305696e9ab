package dev.cairn.orm.reljoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.Load;
import dev.cairn.orm.Page;
import dev.cairn.orm.Query;
import dev.cairn.orm.Session;
import dev.cairn.orm.reljoin.JoinFixture.JAuthor;
import dev.cairn.orm.reljoin.JoinFixture.JBook;
import dev.cairn.orm.reljoin.JoinFixture.JCategory;
import dev.cairn.orm.reljoin.JoinFixture.JPassport;
import dev.cairn.orm.reljoin.JoinFixture.JPerson;
import dev.cairn.orm.reljoin.JoinFixture.JTag;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;

class QueryJoinTest {

  private static final String BOOK_COLUMNS =
      "SELECT j_books.id, j_books.title, j_books.pages, j_books.author_id FROM j_books";
  private static final String AUTHOR_COLUMNS = "SELECT j_authors.id, j_authors.name FROM j_authors";

  private static List<String> names(List<JAuthor> authors) {
    return authors.stream().map(JAuthor::getName).toList();
  }

  private static List<String> titles(List<JBook> books) {
    return books.stream().map(JBook::getTitle).toList();
  }

  private static List<String> categories(List<JCategory> categories) {
    return categories.stream().map(JCategory::getName).toList();
  }

  @DatabaseTest
  void manyToOneJoinFiltersAndOrdersByTheJoinedEntityTyped(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      List<JBook> books =
          session
              .query(JBook.class)
              .join(JBook::getAuthor)
              .filter(Criteria.of(JAuthor::getName).in("Ann", "Bob"))
              .orderBy(Criteria.of(JAuthor::getName).desc(), Criteria.of(JBook::getTitle).asc())
              .all();
      assertThat(titles(books)).containsExactly("Go Fast", "Java Basics", "SQL Deep Dive");
      assertThat(f.counter.statements().get(0))
          .isEqualTo(
              BOOK_COLUMNS
                  + " JOIN j_authors AS author ON author.id = j_books.author_id"
                  + " WHERE author.name IN (?, ?) ORDER BY author.name DESC, j_books.title ASC");
      // the query, then the batch load of the books' authors: the join does not fill them
      f.counter.assertCount(2);
      assertThat(books.get(0).getAuthor().getName()).isEqualTo("Bob");
      f.counter.assertCount(2);
    }
  }

  @DatabaseTest
  void joinByNameResolvesDottedPathsToTheJoin(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      Query<JBook> byAnn =
          session
              .query(JBook.class)
              .join("author")
              .filter(Criteria.named("author.name").eq("Ann"))
              .orderBy("author.name")
              .orderByDesc("id");
      assertThat(titles(byAnn.all())).containsExactly("SQL Deep Dive", "Java Basics");
      assertThat(f.counter.statements().get(0))
          .isEqualTo(
              BOOK_COLUMNS
                  + " JOIN j_authors AS author ON author.id = j_books.author_id"
                  + " WHERE author.name = ? ORDER BY author.name ASC, j_books.id DESC");
      assertThat(byAnn.count()).isEqualTo(2);
      assertThat(f.counter.statements().get(2))
          .isEqualTo(
              "SELECT COUNT(*) FROM j_books JOIN j_authors AS author"
                  + " ON author.id = j_books.author_id WHERE author.name = ?");
      assertThat(byAnn.first().getTitle()).isEqualTo("SQL Deep Dive");
      assertThat(byAnn.exists()).isTrue();
      assertThat(session.query(JBook.class).join("author").filterBy("author.name", "Cid").exists())
          .isFalse();
    }
  }

  @DatabaseTest
  void oneToManyJoinReturnsEachRootOnceAndKeepsLimitsAndCounts(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      Query<JAuthor> withBigBooks =
          session
              .query(JAuthor.class)
              .join(JAuthor::getBooks)
              .filter(Criteria.of(JBook::getPages).ge(100))
              .orderBy(Criteria.of(JAuthor::getName).asc());
      assertThat(names(withBigBooks.all())).containsExactly("Ann", "Bob");
      assertThat(f.counter.statements().get(0))
          .isEqualTo(
              AUTHOR_COLUMNS
                  + " WHERE j_authors.id IN (SELECT j_authors.id FROM j_authors"
                  + " JOIN j_books AS books ON books.author_id = j_authors.id"
                  + " WHERE books.pages >= ?) ORDER BY j_authors.name ASC");
      f.counter.reset();
      assertThat(withBigBooks.count()).isEqualTo(2);
      assertThat(withBigBooks.exists()).isTrue();
      assertThat(withBigBooks.first().getName()).isEqualTo("Ann");
      assertThat(names(withBigBooks.limit(1).all())).containsExactly("Ann");
      assertThat(names(withBigBooks.offset(1).limit(5).all())).containsExactly("Bob");
      Page<JAuthor> page = withBigBooks.page(1, 1);
      assertThat(page.total()).isEqualTo(2);
      assertThat(names(page.items())).containsExactly("Bob");
      assertThatThrownBy(withBigBooks::one)
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("more than one");
      assertThat(withBigBooks.filter(Criteria.of(JBook::getPages).ge(400)).one().getName())
          .isEqualTo("Ann");
      f.counter.assertCount(9);
    }
  }

  @DatabaseTest
  void outerJoinKeepsRootsWithoutRelatedRows(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      assertThat(names(session.query(JAuthor.class).join("books").orderBy("id").all()))
          .containsExactly("Ann", "Bob");
      List<JAuthor> bookless =
          session
              .query(JAuthor.class)
              .outerJoin(JAuthor::getBooks)
              .filter(Criteria.of(JBook::getId).isNull())
              .all();
      assertThat(names(bookless)).containsExactly("Cid");
      assertThat(f.counter.statements().get(1))
          .isEqualTo(
              AUTHOR_COLUMNS
                  + " WHERE j_authors.id IN (SELECT j_authors.id FROM j_authors"
                  + " LEFT OUTER JOIN j_books AS books ON books.author_id = j_authors.id"
                  + " WHERE books.id IS NULL)");
      assertThat(session.query(JAuthor.class).outerJoin("books").count()).isEqualTo(3);
    }
  }

  @DatabaseTest
  void manyToManyJoinsThroughTheAssociationTable(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      List<JBook> tagged =
          session
              .query(JBook.class)
              .join(JBook::getTags)
              .filter(Criteria.of(JTag::getLabel).in("db", "java"))
              .orderBy("id")
              .all();
      assertThat(titles(tagged)).containsExactly("Java Basics", "SQL Deep Dive");
      assertThat(f.counter.statements().get(0))
          .isEqualTo(
              BOOK_COLUMNS
                  + " WHERE j_books.id IN (SELECT j_books.id FROM j_books"
                  + " JOIN j_book_tags AS tags_link ON tags_link.j_book_id = j_books.id"
                  + " JOIN j_tags AS tags ON tags.id = tags_link.j_tag_id"
                  + " WHERE tags.label IN (?, ?)) ORDER BY j_books.id ASC");
      List<JTag> used =
          session
              .query(JTag.class)
              .join(JTag::getBooks)
              .filter(Criteria.of(JBook::getPages).lt(400))
              .all();
      assertThat(used).extracting(JTag::getLabel).containsExactlyInAnyOrder("db", "java");
    }
  }

  @DatabaseTest
  void nestedPathJoinsEachHop(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      Query<JAuthor> javaAuthors =
          session
              .query(JAuthor.class)
              .join("books.tags")
              .filter(Criteria.of(JTag::getLabel).eq("java"));
      assertThat(names(javaAuthors.all())).containsExactly("Ann");
      assertThat(f.counter.statements().get(0))
          .isEqualTo(
              AUTHOR_COLUMNS
                  + " WHERE j_authors.id IN (SELECT j_authors.id FROM j_authors"
                  + " JOIN j_books AS books ON books.author_id = j_authors.id"
                  + " JOIN j_book_tags AS books_tags_link ON books_tags_link.j_book_id = books.id"
                  + " JOIN j_tags AS books_tags ON books_tags.id = books_tags_link.j_tag_id"
                  + " WHERE books_tags.label = ?)");
      // the hops are named by their paths, and the first hop is reused, not joined again
      assertThat(
              names(
                  session
                      .query(JAuthor.class)
                      .join("books")
                      .join("books.tags")
                      .filter(Criteria.named("books.tags.label").eq("db"))
                      .filter(Criteria.named("books.pages").gt(400))
                      .all()))
          .containsExactly("Ann");
      assertThat(f.counter.statements().get(1)).containsOnlyOnce("JOIN j_books AS books");
    }
  }

  @DatabaseTest
  void oneToOneJoinsFromBothSides(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).trees();
        Session session = f.open()) {
      List<JPassport> passports =
          session
              .query(JPassport.class)
              .join(JPassport::getPerson)
              .filter(Criteria.of(JPerson::getName).eq("Ann"))
              .all();
      assertThat(passports).extracting(JPassport::getNumber).containsExactly("P-1");
      List<JPerson> holders =
          session
              .query(JPerson.class)
              .join(JPerson::getPassport)
              .filter(Criteria.of(JPassport::getNumber).startsWith("P-"))
              .orderBy(Criteria.of(JPassport::getNumber).asc())
              .all();
      assertThat(holders).extracting(JPerson::getName).containsExactly("Ann");
      assertThat(f.counter.statements())
          .anyMatch(
              sql ->
                  sql.startsWith("SELECT j_people.id, j_people.name FROM j_people")
                      && sql.contains(
                          " JOIN j_passports AS passport ON passport.person_id = j_people.id"));
      List<JPerson> without =
          session
              .query(JPerson.class)
              .outerJoin("passport")
              .filter(Criteria.named("passport.number").isNull())
              .all();
      assertThat(without).extracting(JPerson::getName).containsExactly("Bob");
    }
  }

  @DatabaseTest
  void selfJoinsNeedAnAliasForTheJoinedSide(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).trees();
        Session session = f.open()) {
      List<JCategory> underRoot =
          session
              .query(JCategory.class)
              .join(JCategory::getParent, "parent")
              .filter(Criteria.of("parent", JCategory::getName).eq("Root"))
              .orderBy(Criteria.of(JCategory::getName).asc())
              .all();
      assertThat(categories(underRoot)).containsExactly("Books", "Music");
      assertThat(f.counter.statements().get(0))
          .isEqualTo(
              "SELECT j_categories.id, j_categories.name, j_categories.parent_id FROM j_categories"
                  + " JOIN j_categories AS parent ON parent.id = j_categories.parent_id"
                  + " WHERE parent.name = ? ORDER BY j_categories.name ASC");
      // two levels: the grandparent, by name
      List<JCategory> grandchildren =
          session
              .query(JCategory.class)
              .join("parent.parent")
              .filter(Criteria.named("parent.parent.name").eq("Root"))
              .orderBy(Criteria.<JCategory, Object>named("parent.name").asc())
              .all();
      assertThat(categories(grandchildren)).containsExactly("Fiction", "Jazz");
      List<JCategory> roots =
          session
              .query(JCategory.class)
              .outerJoin(JCategory::getParent, "up")
              .filter(Criteria.named("up.id").isNull())
              .all();
      assertThat(categories(roots)).containsExactly("Root");
      // a collection of the same entity: parents with a child named Jazz
      assertThat(
              categories(
                  session
                      .query(JCategory.class)
                      .join(JCategory::getChildren, "child")
                      .filter(Criteria.of("child", JCategory::getName).eq("Jazz"))
                      .all()))
          .containsExactly("Music");
    }
  }

  @DatabaseTest
  void coexistsWithJoinedAndBatchLoading(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      List<JBook> books =
          session
              .query(JBook.class)
              .join(JBook::getAuthor)
              .filter(Criteria.of(JAuthor::getName).eq("Ann"))
              .options(Load.joined("author"), Load.joined("tags"))
              .orderBy("id")
              .all();
      assertThat(titles(books)).containsExactly("Java Basics", "SQL Deep Dive");
      assertThat(books.get(0).getTags()).extracting(JTag::getLabel).hasSize(2);
      assertThat(books.get(1).getAuthor().getName()).isEqualTo("Ann");
      f.counter.assertCount(1);
      assertThat(f.counter.statements().get(0))
          .contains(" JOIN j_authors AS author ON author.id = j_books.author_id")
          .contains(" LEFT OUTER JOIN j_authors AS j1 ON j1.id = j_books.author_id");

      f.counter.reset();
      List<JAuthor> authors =
          session
              .query(JAuthor.class)
              .join(JAuthor::getBooks)
              .options(Load.joined("books"))
              .orderBy("id")
              .all();
      assertThat(names(authors)).containsExactly("Ann", "Bob");
      assertThat(authors.get(0).getBooks()).hasSize(2);
      f.counter.assertCount(1);

      f.counter.reset();
      List<JAuthor> lazy =
          session.query(JAuthor.class).outerJoin(JAuthor::getBooks).orderBy("id").all();
      assertThat(lazy).hasSize(3);
      lazy.forEach(author -> author.getBooks().size());
      // the query, then one batch for every author's books
      f.counter.assertCount(2);
    }
  }

  @DatabaseTest
  void mistakesFailWithTheFix(TestDb db) {
    try (JoinFixture f = new JoinFixture(db);
        Session session = f.open()) {
      assertThatThrownBy(() -> session.query(JBook.class).join("writer"))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("JBook has no relationship 'writer'");
      assertThatThrownBy(() -> session.query(JBook.class).join("author").join("author"))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("already joins 'author'; give the second join an alias");
      assertThatThrownBy(
              () -> session.query(JBook.class).filter(Criteria.of(JAuthor::getName).eq("Ann")))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("which the query of JBook does not join");
      assertThatThrownBy(
              () ->
                  session
                      .query(JBook.class)
                      .join("author")
                      .join("author", "second")
                      .filter(Criteria.of(JAuthor::getName).eq("Ann")))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("is ambiguous")
          .hasMessageContaining("Criteria.of(\"author\", JoinFixture.JAuthor::getName)");
      assertThatThrownBy(
              () ->
                  session
                      .query(JCategory.class)
                      .filter(Criteria.of("parent", JCategory::getName).eq("x")))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("names the join 'parent'");
      assertThatThrownBy(
              () ->
                  session
                      .query(JAuthor.class)
                      .join("books")
                      .orderBy(Criteria.of(JBook::getTitle).asc())
                      .all())
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("'books' is joined through a collection");
      assertThatThrownBy(() -> session.query(JBook.class).join("author").delete())
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("a join");
      assertThatThrownBy(() -> session.query(JBook.class).join("author", "j_books"))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("clashes");
    }
  }
}
