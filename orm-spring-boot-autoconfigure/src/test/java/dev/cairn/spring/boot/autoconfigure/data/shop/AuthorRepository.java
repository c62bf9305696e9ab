package dev.cairn.spring.boot.autoconfigure.data.shop;

import dev.cairn.spring.data.CairnRepository;
import java.util.List;

/** Authors. */
public interface AuthorRepository extends CairnRepository<Author, Long> {

  /** Authors whose name starts with {@code prefix}. */
  List<Author> findByNameStartingWith(String prefix);
}
