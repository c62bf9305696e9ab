/** Entities and repositories of the repository tests: authors, books, tags and reviews. */
@NullMarked
package dev.cairn.spring.data.domain;

import org.jspecify.annotations.NullMarked;
