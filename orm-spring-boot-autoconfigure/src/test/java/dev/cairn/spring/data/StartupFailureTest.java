package dev.cairn.spring.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.spring.data.domain.Book;
import dev.cairn.spring.data.domain.Review;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.query.QueryCreationException;

/**
 * A query method that cannot work fails when the repository is created, naming the repository, the
 * method and the property or keyword at fault.
 */
class StartupFailureTest {

  /** A misspelt property. */
  public interface UnknownProperty extends CairnRepository<Book, Long> {
    List<Book> findByTitel(String title);
  }

  /** Two conditions, one parameter. */
  public interface WrongParameterCount extends CairnRepository<Book, Long> {
    List<Book> findByTitleAndPages(String title);
  }

  /** A parameter more than the name uses. */
  public interface ExtraParameter extends CairnRepository<Book, Long> {
    List<Book> findByTitle(String title, int pages);
  }

  /** A keyword Cairn does not implement. */
  public interface UnsupportedKeyword extends CairnRepository<Book, Long> {
    List<Book> findByTitleRegex(String pattern);
  }

  /** A parameter of the wrong type. */
  public interface WrongParameterType extends CairnRepository<Book, Long> {
    List<Book> findByPages(String pages);
  }

  /** A relationship compared as a value. */
  public interface RelationshipCompared extends CairnRepository<Book, Long> {
    List<Book> findByReviews(Review review);
  }

  /** A count that returns text. */
  public interface WrongCountType extends CairnRepository<Book, Long> {
    String countByTitle(String title);
  }

  /** A return type no query fills. */
  public interface UnsupportedReturnType extends CairnRepository<Book, Long> {
    Map<String, Book> findByPages(int pages);
  }

  /** An OrderBy of something that is not a column. */
  public interface OrderByRelationship extends CairnRepository<Book, Long> {
    List<Book> findByPagesGreaterThanOrderByReviewsStars(int pages);
  }

  /** SQL with a placeholder no parameter fills. */
  public interface UnboundPlaceholder extends CairnRepository<Book, Long> {
    @Query("SELECT * FROM r_books WHERE title = :title")
    List<Book> byTitle(@Param("name") String name);
  }

  /**
   * What creating a repository threw: Spring Data's QueryCreationException (naming the Java method)
   * around Cairn's explanation.
   */
  private static AbstractThrowableAssert<?, ? extends Throwable> failure(ThrowingCallable create) {
    return assertThatThrownBy(create)
        .isInstanceOf(QueryCreationException.class)
        .cause()
        .isInstanceOf(CairnException.class);
  }

  /** SQL with a position past the parameters. */
  public interface PositionPastTheParameters extends CairnRepository<Book, Long> {
    @Query("SELECT * FROM r_books WHERE title = ?1 OR title = ?2")
    List<Book> byTitles(String title);
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void brokenQueryMethodsFailAtCreation(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      failure(() -> f.repository(UnknownProperty.class))
          .hasMessageStartingWith(
              "Query method UnknownProperty.findByTitel cannot be created: Book has no property"
                  + " 'titel'")
          .hasMessageEndingWith(
              "; name a property of the entity in the method name, or write the SQL with @Query");
      failure(() -> f.repository(WrongParameterCount.class))
          .hasMessage(
              "Query method WrongParameterCount.findByTitleAndPages cannot be created: the"
                  + " condition on 'pages' (Equals) needs parameter 2 but the method declares 1;"
                  + " declare one parameter per condition value, in the order of the method name");
      failure(() -> f.repository(ExtraParameter.class))
          .hasMessage(
              "Query method ExtraParameter.findByTitle cannot be created: its name uses 1"
                  + " parameter(s) but it declares 2 (besides Sort, Pageable and a projection"
                  + " Class); declare exactly one parameter per condition value (two for Between,"
                  + " none for IsNull, True, …), in the order of the method name");
      failure(() -> f.repository(UnsupportedKeyword.class))
          .hasMessage(
              "Query method UnsupportedKeyword.findByTitleRegex cannot be created: the keyword"
                  + " Regex (on property 'title') is not supported; use one of Is, Not, LessThan,"
                  + " GreaterThan, Between, Like, StartingWith, Containing, In, IsNull, True, … or"
                  + " write the SQL with @Query");
      failure(() -> f.repository(WrongParameterType.class))
          .hasMessage(
              "Query method WrongParameterType.findByPages cannot be created: parameter 1 is a"
                  + " String but 'pages' with Equals takes a Integer; change the parameter's type"
                  + " or the method name");
      failure(() -> f.repository(RelationshipCompared.class))
          .hasMessage(
              "Query method RelationshipCompared.findByReviews cannot be created: 'reviews' is a"
                  + " relationship, which Equals cannot compare; compare a property through it"
                  + " (e.g. 'reviews.id'), or use IsEmpty / IsNotEmpty on a collection");
      failure(() -> f.repository(WrongCountType.class))
          .hasMessage(
              "Query method WrongCountType.countByTitle cannot be created: a count query returns"
                  + " String; return long, int, Long or Integer");
      failure(() -> f.repository(UnsupportedReturnType.class))
          .hasMessage(
              "Query method UnsupportedReturnType.findByPages cannot be created: it returns Map,"
                  + " which Cairn does not support; return a List, Collection, Iterable, Stream,"
                  + " Page, Slice, Optional or one object");
      failure(() -> f.repository(OrderByRelationship.class))
          .hasMessage(
              "Query method OrderByRelationship.findByPagesGreaterThanOrderByReviewsStars cannot"
                  + " be created: its OrderBy cannot be applied (Cannot sort Book by"
                  + " 'reviews.stars': it is not a column property of the entity, nor one reached"
                  + " through many-to-one or one-to-one references (collections cannot order their"
                  + " owner); sort by one of [id, version, title, pages, published, available,"
                  + " isbn, author] or by a path through a reference such as 'author.id'); order by a"
                  + " column property"
                  + " of Book or of an entity it references");
      failure(() -> f.repository(PositionPastTheParameters.class))
          .hasMessage(
              "Query method PositionPastTheParameters.byTitles cannot be created: the SQL uses"
                  + " the placeholder ?2 but no parameter is at that position; declare one"
                  + " parameter per position ?1 … ?2");
      failure(() -> f.repository(UnboundPlaceholder.class))
          .hasMessage(
              "Query method UnboundPlaceholder.byTitle cannot be created: the SQL uses the"
                  + " placeholder :title but no parameter is named 'title'; declare a parameter"
                  + " for it and annotate it with @Param(\"title\")");
    }
  }

  /** A misspelt relationship. */
  public interface UnknownLoadPath extends CairnRepository<Book, Long> {
    @LoadPlan("reviws")
    List<Book> findByTitle(String title);
  }

  /** A misspelt relationship one level down. */
  public interface UnknownNestedLoadPath extends CairnRepository<Book, Long> {
    @LoadPlan(selectin = "author.bookz")
    List<Book> findByTitle(String title);
  }

  /** One path, two strategies. */
  public interface TwoStrategies extends CairnRepository<Book, Long> {
    @LoadPlan(selectin = "reviews", joined = "reviews")
    List<Book> findByTitle(String title);
  }

  /** A path below a collection that raises. */
  public interface BelowRaise extends CairnRepository<Book, Long> {
    @LoadPlan(raise = "author.books", selectin = "author.books.reviews")
    List<Book> findByTitle(String title);
  }

  /** Raise on a reference, which loads with its result. */
  public interface RaisedReference extends CairnRepository<Book, Long> {
    @LoadPlan(raise = "author")
    List<Book> findByTitle(String title);
  }

  /** A plan on a count. */
  public interface PlannedCount extends CairnRepository<Book, Long> {
    @LoadPlan("reviews")
    long countByTitle(String title);
  }

  /** A plan on a modifying query. */
  public interface PlannedUpdate extends CairnRepository<Book, Long> {
    @LoadPlan("reviews")
    @Modifying
    @Query("UPDATE r_books SET pages = 0")
    int clearPages();
  }

  /** A plan on SQL returning scalars. */
  public interface PlannedScalars extends CairnRepository<Book, Long> {
    @LoadPlan("reviews")
    @Query("SELECT title FROM r_books")
    List<String> titles();
  }

  /** A plan on a redeclared CRUD method that returns no entity. */
  public interface PlannedCrudCount extends CairnRepository<Book, Long> {
    @Override
    @LoadPlan("reviews")
    long count();
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void brokenLoadPlansFailAtCreation(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      failure(() -> f.repository(UnknownLoadPath.class))
          .hasMessage(
              "Query method UnknownLoadPath.findByTitle cannot be created: its @LoadPlan path"
                  + " 'reviws' cannot be loaded (Entity Book has no relationship 'reviws'; its"
                  + " relationships are [author, tags, reviews]); name relationships of Book,"
                  + " dotted through related entities (e.g. 'pets.visits')");
      failure(() -> f.repository(UnknownNestedLoadPath.class))
          .hasMessageStartingWith(
              "Query method UnknownNestedLoadPath.findByTitle cannot be created: its @LoadPlan"
                  + " path 'author.bookz' cannot be loaded (Entity Author has no relationship"
                  + " 'bookz'");
      failure(() -> f.repository(TwoStrategies.class))
          .hasMessage(
              "Query method TwoStrategies.findByTitle cannot be created: its @LoadPlan names"
                  + " 'reviews' twice (in selectin and in joined); give each path one strategy");
      failure(() -> f.repository(BelowRaise.class))
          .hasMessage(
              "Query method BelowRaise.findByTitle cannot be created: its @LoadPlan path"
                  + " 'author.books.reviews' goes through 'author.books', which raise makes"
                  + " unloadable; remove one of them");
      failure(() -> f.repository(RaisedReference.class))
          .hasMessageStartingWith(
              "Query method RaisedReference.findByTitle cannot be created: its @LoadPlan path"
                  + " 'author' cannot be loaded (Load.raise(\"author\"): ");
      failure(() -> f.repository(PlannedCount.class))
          .hasMessage(
              "Query method PlannedCount.countByTitle cannot be created: @LoadPlan loads the"
                  + " entities a query returns, and a count query returns none; remove @LoadPlan");
      failure(() -> f.repository(PlannedUpdate.class))
          .hasMessage(
              "Query method PlannedUpdate.clearPages cannot be created: @LoadPlan loads the"
                  + " entities a query returns, and a @Modifying query returns none; remove"
                  + " @LoadPlan");
      failure(() -> f.repository(PlannedScalars.class))
          .hasMessage(
              "Query method PlannedScalars.titles cannot be created: @LoadPlan loads the"
                  + " relationships of entities, and the method returns String rows; return Book"
                  + " or remove @LoadPlan");
      failure(() -> f.repository(PlannedCrudCount.class))
          .hasMessage(
              "Query method PlannedCrudCount.count cannot be created: @LoadPlan applies to query"
                  + " methods and to redeclared findById, findAll and findAllById, not to count;"
                  + " remove it");
    }
  }
}
