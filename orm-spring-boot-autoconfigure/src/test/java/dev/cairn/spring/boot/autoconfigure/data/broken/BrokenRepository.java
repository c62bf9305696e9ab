package dev.cairn.spring.boot.autoconfigure.data.broken;

import dev.cairn.spring.boot.autoconfigure.data.shop.Book;
import dev.cairn.spring.data.CairnRepository;
import java.util.List;

/** {@code titel} is a typo: Book has {@code title}. */
public interface BrokenRepository extends CairnRepository<Book, Long> {

  /** Cannot be derived: there is no property {@code titel}. */
  List<Book> findByTitel(String titel);
}
