package dev.cairn.sample.web;

import dev.cairn.sample.api.AuthorView;
import dev.cairn.sample.api.NewAuthor;
import dev.cairn.sample.catalog.AuthorService;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/authors}: list, read and register authors. */
@RestController
@RequestMapping("/api/authors")
class AuthorController {

  private final AuthorService authors;

  AuthorController(AuthorService authors) {
    this.authors = authors;
  }

  @GetMapping
  List<AuthorView> list() {
    return authors.list();
  }

  @GetMapping("/{id}")
  AuthorView get(@PathVariable long id) {
    return authors.get(id);
  }

  @PostMapping
  ResponseEntity<AuthorView> create(@Valid @RequestBody NewAuthor request) {
    AuthorView author = authors.create(Objects.requireNonNull(request.name()).strip());
    return ResponseEntity.created(URI.create("/api/authors/" + author.id())).body(author);
  }
}
