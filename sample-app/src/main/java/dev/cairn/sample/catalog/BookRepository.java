package dev.cairn.sample.catalog;

import dev.cairn.sample.domain.Book;
import dev.cairn.spring.data.CairnRepository;

/**
 * Books; paging ({@code findAll(Pageable)}) comes from {@link CairnRepository}. Authors and tags of
 * a page load for the whole page at once (Cairn batch-loads relationships), not per book.
 */
public interface BookRepository extends CairnRepository<Book, Long> {

  /** How many books {@code authorId} wrote. */
  long countByAuthorId(Long authorId);
}
