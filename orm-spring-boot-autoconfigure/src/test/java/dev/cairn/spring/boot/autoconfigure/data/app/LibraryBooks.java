package dev.cairn.spring.boot.autoconfigure.data.app;

import dev.cairn.spring.boot.autoconfigure.data.shop.Book;
import dev.cairn.spring.data.CairnRepository;
import java.util.List;

/** The application's repository of books: found because it is in the application's package. */
public interface LibraryBooks extends CairnRepository<Book, Long> {

  /** Books longer than {@code pages}. */
  List<Book> findByPagesGreaterThan(int pages);
}
