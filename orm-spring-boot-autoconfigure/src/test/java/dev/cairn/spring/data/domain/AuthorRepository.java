package dev.cairn.spring.data.domain;

import dev.cairn.spring.data.CairnRepository;
import java.util.List;
import java.util.stream.Stream;

/** Authors: the inherited CRUD, paging and sorting methods and a few derived queries. */
public interface AuthorRepository extends CairnRepository<Author, Long> {

  Stream<Author> streamByCountryIsNotNullOrderByName();

  List<Author> findByBooksTitle(String title);

  List<Author> findByBooksIsEmpty();

  List<Author> findByCountryIsNotNullOrderByName();
}
