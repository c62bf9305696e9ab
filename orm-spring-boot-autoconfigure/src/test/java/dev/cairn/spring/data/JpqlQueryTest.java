package dev.cairn.spring.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.spring.data.domain.Author;
import dev.cairn.spring.data.domain.Book;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.query.QueryCreationException;

/**
 * A port from Spring Data JPA that swaps the import of {@code @Query} keeps JPQL; Cairn refuses it
 * when the repository is created, naming the method and the SQL to write — and never refuses SQL.
 */
class JpqlQueryTest {

  /** An entity name and an identification variable. */
  public interface EntityName extends CairnRepository<Author, Long> {
    @Query("SELECT a FROM Author a ORDER BY a.name")
    List<Author> byName();
  }

  /** A path join, as JPQL writes it. */
  public interface PathJoin extends CairnRepository<Book, Long> {
    @Query("SELECT b FROM Book b JOIN b.author a WHERE a.name = :name")
    List<Book> byAuthor(@Param("name") String name);
  }

  /** Two entity names. */
  public interface TwoEntities extends CairnRepository<Book, Long> {
    @Query("SELECT b FROM Book b, Author a WHERE b.author = a AND a.name = :name")
    List<Book> byAuthor(@Param("name") String name);
  }

  /** JOIN FETCH. */
  public interface JoinFetch extends CairnRepository<Author, Long> {
    @Query("SELECT DISTINCT a FROM r_authors a LEFT JOIN FETCH a.books")
    List<Author> withBooks();
  }

  /** A constructor expression. */
  public interface ConstructorExpression extends CairnRepository<Book, Long> {
    @Query("SELECT NEW dev.cairn.spring.data.domain.BookSummary(b.title, b.pages) FROM r_books b")
    List<Object> summaries();
  }

  /** A SpEL expression. */
  public interface Spel extends CairnRepository<Book, Long> {
    @Query("SELECT * FROM r_books WHERE title = :#{#book.title}")
    List<Book> like(@Param("book") Book book);
  }

  /** An identification variable over a table. */
  public interface SelectedAlias extends CairnRepository<Book, Long> {
    @Query("SELECT b FROM r_books b WHERE b.pages > :pages")
    List<Book> longerThan(@Param("pages") int pages);
  }

  /** A JPQL update. */
  public interface JpqlUpdate extends CairnRepository<Book, Long> {
    @Modifying
    @Query("UPDATE Book b SET b.pages = 0 WHERE b.title = :title")
    int clear(@Param("title") String title);
  }

  /** A JPQL count query beside SQL. */
  public interface JpqlCount extends CairnRepository<Book, Long> {
    @Query(
        value = "SELECT * FROM r_books ORDER BY pages",
        countQuery = "SELECT COUNT(b) FROM Book b")
    Page<Book> all(Pageable pageable);
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void jpqlFailsAtCreationSayingWhatToWrite(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      failure(() -> f.repository(EntityName.class))
          .hasMessage(
              "Query method EntityName.byName cannot be created: its @Query looks like JPQL:"
                  + " Author is an entity, not a table; Cairn's @Query takes SQL; write FROM"
                  + " r_authors and SELECT a.* instead of SELECT a");
      failure(() -> f.repository(PathJoin.class))
          .hasMessage(
              "Query method PathJoin.byAuthor cannot be created: its @Query looks like JPQL: Book"
                  + " is an entity, not a table; Cairn's @Query takes SQL; write FROM r_books and"
                  + " SELECT b.* instead of SELECT b");
      failure(() -> f.repository(TwoEntities.class))
          .hasMessage(
              "Query method TwoEntities.byAuthor cannot be created: its @Query looks like JPQL:"
                  + " Book, Author are entities, not tables; Cairn's @Query takes SQL; write FROM"
                  + " r_books, FROM r_authors and SELECT b.* instead of SELECT b");
      failure(() -> f.repository(JoinFetch.class))
          .hasMessage(
              "Query method JoinFetch.withBooks cannot be created: its @Query looks like JPQL:"
                  + " JOIN FETCH is not SQL; Cairn's @Query takes SQL; select the entity's own"
                  + " columns (SELECT o.* FROM ...) and load the relationship with"
                  + " @LoadPlan(joined = ...) or @LoadPlan(selectin = ...) on the method");
      failure(() -> f.repository(ConstructorExpression.class))
          .hasMessage(
              "Query method ConstructorExpression.summaries cannot be created: its @Query looks"
                  + " like JPQL: SELECT NEW (a constructor expression) is not SQL; Cairn's @Query"
                  + " takes SQL; select the columns labelled as the components of a record"
                  + " (SELECT name AS name, ...) and return the record");
      failure(() -> f.repository(Spel.class))
          .hasMessage(
              "Query method Spel.like cannot be created: its @Query uses the SpEL expression"
                  + " :#{...}, a Spring Data JPA feature; Cairn's @Query takes SQL with bound"
                  + " parameters; pass the value as a method parameter and write :name (with"
                  + " @Param(\"name\"))");
      failure(() -> f.repository(SelectedAlias.class))
          .hasMessage(
              "Query method SelectedAlias.longerThan cannot be created: its @Query selects b, the"
                  + " alias of r_books, as JPQL selects an identification variable; Cairn's @Query"
                  + " takes SQL, whose rows need the entity's columns; write SELECT b.*");
      failure(() -> f.repository(JpqlUpdate.class))
          .hasMessage(
              "Query method JpqlUpdate.clear cannot be created: its @Query looks like JPQL: Book"
                  + " is an entity, not a table; Cairn's @Query takes SQL; write UPDATE r_books");
      failure(() -> f.repository(JpqlCount.class))
          .hasMessage(
              "Query method JpqlCount.all cannot be created: its @Query looks like JPQL: Book is"
                  + " an entity, not a table; Cairn's @Query takes SQL; write FROM r_books");
    }
  }

  /** SQL that mentions entity names where they are not tables, or that the check cannot judge. */
  public interface ValidSql extends CairnRepository<Author, Long> {
    @Query(
        "WITH Author AS (SELECT * FROM r_authors WHERE country IS NOT NULL)"
            + " SELECT * FROM Author ORDER BY name")
    List<Author> knownCountry();

    @Query(
        "SELECT * FROM r_authors WHERE name <> 'SELECT a FROM Author a' -- FROM Author a\n"
            + " /* JOIN FETCH a.books */ ORDER BY name")
    List<Author> quotedAndCommented();

    @Query("SELECT Author.* FROM (SELECT * FROM r_authors) Author WHERE Author.name > 'A'")
    List<Author> derivedTableNamedAuthor();

    @Query("SELECT title FROM r_books WHERE EXTRACT(YEAR FROM published) > 1900 ORDER BY title")
    List<String> modernTitles();

    @Query("SELECT label FROM tag ORDER BY label")
    List<String> labelsOfATableOutsideTheMapping();

    @Query("SELECT * FROM \"Author\"")
    List<Author> quotedName();

    @Query("SELECT a FROM r_authors a")
    List<String> rowValues();

    @Query("SELECT * FROM r_authors WHERE name <> $$FROM Author a$$")
    List<Author> dollarQuoted();

    @Query("SELECT COUNT(*) FROM r_authors WHERE country IS DISTINCT FROM :country")
    long countOutside(@Param("country") String country);

    @Query("SELECT * FROM r_authors WHERE name = 'it\\'s FROM Author a'")
    List<Author> backslashInAString();
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void sqlIsNeverRefused(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      db.executeJdbc(
          "CREATE TABLE tag (label VARCHAR(20))", "INSERT INTO tag (label) VALUES ('unmapped')");
      ValidSql authors = f.repository(ValidSql.class);
      assertThat(authors.knownCountry()).extracting(Author::getName).containsExactly("Ann", "Bob");
      assertThat(authors.quotedAndCommented()).hasSize(3);
      assertThat(authors.derivedTableNamedAuthor()).hasSize(3);
      assertThat(authors.modernTitles()).hasSize(4);
      assertThat(authors.labelsOfATableOutsideTheMapping()).containsExactly("unmapped");
    }
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> failure(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable create) {
    return assertThatThrownBy(create)
        .isInstanceOf(QueryCreationException.class)
        .cause()
        .isInstanceOf(CairnException.class);
  }
}
