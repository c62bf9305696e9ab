package dev.cairn.spring.boot.autoconfigure.data.shop;

import dev.cairn.spring.data.CairnRepository;
import dev.cairn.spring.data.Modifying;
import dev.cairn.spring.data.Query;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Books: derived, {@code @Query} and modifying methods plus a custom fragment. */
public interface BookRepository extends CairnRepository<Book, Long>, BookRepositoryCustom {

  /** The book called {@code title}. */
  Optional<Book> findByTitle(String title);

  /** Books longer than {@code pages}, a page at a time. */
  Page<Book> findByPagesGreaterThan(int pages, Pageable pageable);

  /** The titles of books longer than {@code pages}, by SQL. */
  @Query("SELECT * FROM repo_books WHERE pages > :pages ORDER BY title")
  List<Book> longerThan(@Param("pages") int pages);

  /** Sets the pages of the book called {@code title}. */
  @Modifying
  @Query("UPDATE repo_books SET pages = :pages WHERE title = :title")
  int setPages(@Param("title") String title, @Param("pages") int pages);

  /** Deletes the book called {@code title}. */
  long deleteByTitle(String title);

  /** Requires the caller's transaction: an explicit {@code @Transactional} wins over defaults. */
  @Transactional(propagation = Propagation.MANDATORY)
  List<Book> findByPages(int pages);
}
