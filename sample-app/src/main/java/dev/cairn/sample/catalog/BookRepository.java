package dev.cairn.sample.catalog;

import dev.cairn.sample.domain.Book;
import dev.cairn.spring.data.CairnRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Books; paging ({@code findAll(Pageable)}) comes from {@link CairnRepository}. Authors and tags of
 * a page load for the whole page at once (Cairn batch-loads relationships), not per book.
 */
public interface BookRepository extends CairnRepository<Book, Long> {

  /**
   * The books tagged {@code tag}, a page at a time: a derived query whose path through the
   * many-to-many relationship becomes an EXISTS subquery, so a book is listed once.
   */
  Page<Book> findByTagsName(String tag, Pageable pageable);
}
