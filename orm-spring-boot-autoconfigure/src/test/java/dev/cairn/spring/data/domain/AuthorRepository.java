package dev.cairn.spring.data.domain;

import dev.cairn.spring.data.CairnRepository;

/** Authors: only the inherited CRUD, paging and sorting methods. */
public interface AuthorRepository extends CairnRepository<Author, Long> {}
