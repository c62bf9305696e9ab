package dev.cairn.sample.catalog;

import dev.cairn.sample.domain.Author;
import dev.cairn.spring.data.CairnRepository;
import java.util.List;
import java.util.Optional;

/** Authors; the derived queries are implemented by Cairn's Spring Data support. */
public interface AuthorRepository extends CairnRepository<Author, Long> {

  /** The author called {@code name}, if any. */
  Optional<Author> findByName(String name);

  /** Every author, by name. */
  List<Author> findAllByOrderByNameAsc();
}
