package dev.cairn.sample.web;

import dev.cairn.sample.api.BookDetails;
import dev.cairn.sample.api.BookSummary;
import dev.cairn.sample.api.BookUpdate;
import dev.cairn.sample.api.NewBook;
import dev.cairn.sample.api.NewReview;
import dev.cairn.sample.api.PageView;
import dev.cairn.sample.api.ReviewView;
import dev.cairn.sample.catalog.BookService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/books}: list (all or by {@code ?tag=}), read, add, rename, delete books and review
 * them.
 */
@RestController
@RequestMapping("/api/books")
class BookController {

  private final BookService books;

  BookController(BookService books) {
    this.books = books;
  }

  @GetMapping
  PageView<BookSummary> list(
      @RequestParam(required = false) @Nullable String tag,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return books.list(tag, page, size);
  }

  @GetMapping("/{id}")
  BookDetails get(@PathVariable long id) {
    return books.get(id);
  }

  @PostMapping
  ResponseEntity<BookDetails> create(@Valid @RequestBody NewBook request) {
    BookDetails book = books.create(request);
    return ResponseEntity.created(URI.create("/api/books/" + book.id())).body(book);
  }

  @PutMapping("/{id}")
  BookDetails rename(@PathVariable long id, @Valid @RequestBody BookUpdate request) {
    return books.rename(
        id, Objects.requireNonNull(request.title()), Objects.requireNonNull(request.version()));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    books.delete(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/reviews")
  ResponseEntity<ReviewView> review(@PathVariable long id, @Valid @RequestBody NewReview request) {
    ReviewView review =
        books.addReview(id, Objects.requireNonNull(request.rating()), request.text());
    return ResponseEntity.created(URI.create("/api/books/" + id)).body(review);
  }
}
