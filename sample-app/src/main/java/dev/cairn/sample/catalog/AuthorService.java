package dev.cairn.sample.catalog;

import dev.cairn.sample.api.AuthorView;
import dev.cairn.sample.domain.Author;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and lists authors through {@link AuthorRepository}. */
@Service
public class AuthorService {

  private final AuthorRepository authors;

  AuthorService(AuthorRepository authors) {
    this.authors = authors;
  }

  /** Every author, by name. */
  @Transactional(readOnly = true)
  public List<AuthorView> list() {
    return authors.findAllByOrderByNameAsc().stream().map(AuthorView::of).toList();
  }

  /** The author with key {@code id}; a {@link NotFoundException} if there is none. */
  @Transactional(readOnly = true)
  public AuthorView get(long id) {
    return authors
        .findById(id)
        .map(AuthorView::of)
        .orElseThrow(() -> new NotFoundException("Author", id));
  }

  /**
   * Adds an author; the flush happens here so that the generated key (and a duplicate name, as a
   * {@code DuplicateKeyException}) is known before the method returns.
   */
  @Transactional
  public AuthorView create(String name) {
    return AuthorView.of(authors.saveAndFlush(new Author(name)));
  }
}
