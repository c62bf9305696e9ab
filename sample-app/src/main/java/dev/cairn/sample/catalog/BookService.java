package dev.cairn.sample.catalog;

import dev.cairn.sample.api.BookDetails;
import dev.cairn.sample.api.BookSummary;
import dev.cairn.sample.api.NewBook;
import dev.cairn.sample.api.PageView;
import dev.cairn.sample.api.ReviewView;
import dev.cairn.sample.domain.Author;
import dev.cairn.sample.domain.Book;
import dev.cairn.sample.domain.Review;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The book use cases, through the repositories; each public method is one transaction. */
@Service
public class BookService {

  private final BookRepository books;
  private final AuthorRepository authors;
  private final TagResolver tags;

  BookService(BookRepository books, AuthorRepository authors, TagResolver tags) {
    this.books = books;
    this.authors = authors;
    this.tags = tags;
  }

  /**
   * Page {@code page} of all books, or of those tagged {@code tag}, by key. A page costs the same
   * few statements however many books it holds: the page (and a COUNT when it is full or not the
   * first), then the authors and the tags of all its books at once.
   */
  @Transactional(readOnly = true)
  public PageView<BookSummary> list(@Nullable String tag, int page, int size) {
    PageRequest request = PageRequest.of(page, size, Sort.by("id"));
    Page<Book> found = tag == null ? books.findAll(request) : books.findByTagsName(tag, request);
    List<BookSummary> items = found.getContent().stream().map(BookSummary::of).toList();
    return new PageView<>(items, page, size, found.getTotalElements(), found.getTotalPages());
  }

  /** The book with key {@code id}, with its tags and reviews. */
  @Transactional(readOnly = true)
  public BookDetails get(long id) {
    return BookDetails.of(find(id));
  }

  /**
   * Adds a book by an existing author; tags are looked up by name and the unknown ones created
   * (saved with the book: the many-to-many cascades save-update).
   */
  @Transactional
  public BookDetails create(NewBook request) {
    long authorId = Objects.requireNonNull(request.authorId());
    Author author =
        authors
            .findById(authorId)
            .orElseThrow(() -> new UnknownReferenceException("authorId", authorId));
    Book book = new Book(Objects.requireNonNull(request.title()).strip(), author);
    List<String> names = request.tags() == null ? List.of() : request.tags();
    book.getTags().addAll(tags.resolve(names));
    return BookDetails.of(books.saveAndFlush(book));
  }

  /**
   * Gives the book a new title, if nobody changed it since the client read {@code version}: an
   * older version fails with an {@link OptimisticLockingFailureException}, and so does a concurrent
   * update between this read and the flush (the UPDATE checks the version column).
   */
  @Transactional
  public BookDetails rename(long id, String title, long version) {
    Book book = find(id);
    if (!Objects.equals(book.getVersion(), version)) {
      throw new OptimisticLockingFailureException(
          "Book "
              + id
              + " was changed by someone else: it is at version "
              + book.getVersion()
              + ", not "
              + version
              + "; read it again and repeat the change");
    }
    book.setTitle(title.strip());
    books.flush();
    return BookDetails.of(book);
  }

  /** Deletes the book; its reviews go with it (cascade) and so do its {@code book_tags} rows. */
  @Transactional
  public void delete(long id) {
    books.delete(find(id));
  }

  /** Adds a review to the book with key {@code id}. */
  @Transactional
  public ReviewView addReview(long id, int rating, @Nullable String text) {
    Book book = find(id);
    Review review = new Review(rating, text);
    book.addReview(review);
    books.flush();
    return ReviewView.of(review);
  }

  private Book find(long id) {
    return books.findById(id).orElseThrow(() -> new NotFoundException("Book", id));
  }
}
