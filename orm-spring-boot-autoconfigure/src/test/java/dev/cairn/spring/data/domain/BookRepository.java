package dev.cairn.spring.data.domain;

import dev.cairn.spring.data.CairnRepository;
import dev.cairn.spring.data.Modifying;
import dev.cairn.spring.data.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.Param;

/** Books: a derived query for every supported keyword and return type, and @Query methods. */
public interface BookRepository extends CairnRepository<Book, Long> {

  List<Book> findByTitle(String title);

  List<Book> findByTitleIs(String title);

  List<Book> findByTitleNot(String title);

  Optional<Book> readByTitle(String title);

  @Nullable Book getByIsbn(String isbn);

  Book findOneByAvailableTrue();

  List<Book> findByPagesLessThan(int pages);

  List<Book> findByPagesLessThanEqual(int pages);

  List<Book> findByPagesGreaterThan(int pages);

  List<Book> findByPagesGreaterThanEqual(int pages);

  List<Book> findByPagesBetween(int low, int high);

  List<Book> findByPublishedBefore(LocalDate date);

  List<Book> findByPublishedAfter(LocalDate date);

  List<Book> findByTitleLike(String pattern);

  List<Book> findByTitleNotLike(String pattern);

  List<Book> findByTitleStartingWith(String prefix);

  List<Book> findByTitleEndingWith(String suffix);

  List<Book> findByTitleContaining(String part);

  List<Book> findByTitleNotContaining(String part);

  List<Book> findByTitleIgnoreCase(String title);

  List<Book> findByTitleStartingWithIgnoreCase(String prefix);

  List<Book> findByTitleContainingAllIgnoreCase(String part);

  List<Book> findByTitleInIgnoreCase(Collection<String> titles);

  List<Book> findByPagesIn(Collection<Integer> pages);

  List<Book> findByTitleIn(String... titles);

  List<Book> findByPagesNotIn(List<Integer> pages);

  List<Book> findByIsbnIsNull();

  List<Book> findByIsbnIsNotNull();

  List<Book> findByAvailableTrue();

  List<Book> findByAvailableFalse();

  List<Book> findByAuthorName(String name);

  List<Book> findByAuthorNameIgnoreCase(String name);

  List<Book> findByReviewsStars(int stars);

  List<Book> findByTagsName(String name);

  List<Book> findDistinctByTagsNameIn(Collection<String> names);

  List<Book> findByAuthor(Author author);

  List<Book> findByPagesGreaterThanOrderByAuthorNameAscPagesDesc(int pages);

  List<Book> findByReviewsIsEmpty();

  List<Book> findByReviewsIsNotEmpty();

  List<Book> findByTagsIsEmpty();

  Iterable<Book> queryByPagesGreaterThan(int pages);

  Collection<Book> searchByPagesLessThan(int pages);

  Set<Book> findByAuthorCountry(String country);

  Book[] findByPagesLessThanOrderByPages(int pages);

  List<Book> findByTitleStartingWithOrPagesGreaterThan(String prefix, int pages);

  List<Book> findByAuthorNameAndAvailableTrue(String name);

  List<Book> findByAvailableTrueOrderByPagesDesc();

  List<Book> findTop2ByOrderByPagesDesc();

  Book findFirstByOrderByTitle();

  List<Book> findByPagesGreaterThanOrderByPagesDesc(int pages, Limit limit);

  List<Book> findByAvailable(boolean available, Sort sort);

  Page<Book> findByAvailable(boolean available, Pageable pageable);

  Slice<Book> readByAvailable(boolean available, Pageable pageable);

  Stream<Book> streamByAvailableTrueOrderByTitle();

  long countByAvailableTrue();

  int countByAuthorName(String name);

  boolean existsByTitle(String title);

  long deleteByTitle(String title);

  List<Book> removeByAvailableFalse();

  void deleteByAuthorName(String name);

  List<BookSummary> findSummariesByAvailableTrueOrderByPagesDesc();

  List<TitleOnly> findTitlesByAuthorNameOrderByTitle(String name);

  <P> List<P> findByPagesGreaterThanOrderByPages(int pages, Class<P> type);

  @Query("SELECT * FROM r_books WHERE title = :title")
  Book byTitleSql(@Param("title") String title);

  @Query("SELECT * FROM r_books WHERE pages > ?1 AND pages < ?2 ORDER BY pages")
  List<Book> pagesBetweenSql(int low, int high);

  @Query("SELECT title, pages FROM r_books WHERE available = ? ORDER BY title")
  List<BookSummary> summariesSql(boolean available);

  @Query(
      "SELECT b.title AS title, a.name AS author_name FROM r_books b"
          + " JOIN r_authors a ON a.id = b.author_id WHERE a.name = :name ORDER BY b.title")
  List<TitleAndAuthor> titlesWithAuthorsSql(String name);

  @Query("SELECT COUNT(*) FROM r_books WHERE available = :available")
  long countSql(boolean available);

  @Query("SELECT title FROM r_books ORDER BY title")
  List<String> titlesSql();

  @Query("SELECT title FROM r_books WHERE pages IN (:pages) ORDER BY title")
  List<String> titlesWithPagesSql(@Param("pages") java.util.Collection<Integer> pages);

  @Query("SELECT title FROM r_books WHERE isbn = ?1")
  Optional<String> titleByIsbnSql(String isbn);

  @Query(
      value = "SELECT * FROM r_books ORDER BY title",
      countQuery = "SELECT COUNT(*) FROM r_books")
  Page<Book> pageSql(Pageable pageable);

  @Query("SELECT * FROM r_books WHERE pages > :pages ORDER BY title")
  Page<Book> pageWithDerivedCountSql(int pages, Pageable pageable);

  @Query("SELECT title, pages FROM r_books WHERE pages > :pages ORDER BY pages")
  Stream<BookSummary> streamSql(int pages);

  @Query("SELECT * FROM r_books ORDER BY pages")
  Slice<Book> sliceSql(Pageable pageable);

  @Modifying
  @Query("UPDATE r_books SET available = :available WHERE pages > :pages")
  int markAvailableSql(boolean available, int pages);

  @Modifying(clearAutomatically = true)
  @Query("DELETE FROM r_reviews WHERE stars < ?1")
  void deleteReviewsBelowSql(int stars);
}
