package dev.cairn.sample.catalog;

import dev.cairn.sample.domain.Author;
import dev.cairn.spring.data.CairnRepository;
import java.util.List;

/** Authors; the derived query is implemented by Cairn's Spring Data support from its name. */
public interface AuthorRepository extends CairnRepository<Author, Long> {

  /** Every author, by name. */
  List<Author> findAllByOrderByNameAsc();
}
