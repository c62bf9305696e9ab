package dev.cairn.sample.demo;

import dev.cairn.orm.Session;
import dev.cairn.sample.domain.Author;
import dev.cairn.sample.domain.Book;
import dev.cairn.sample.domain.Review;
import dev.cairn.sample.domain.Tag;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with a few authors, books, tags and reviews when the application starts
 * ({@code bookshop.demo-data=false} turns it off). A database that has authors is left alone, so a
 * restart on the H2 file database does not add them twice.
 */
@Component
@ConditionalOnBooleanProperty(name = "bookshop.demo-data", matchIfMissing = true)
public class DemoData implements ApplicationRunner {

  private final Session session;

  DemoData(Session session) {
    this.session = session;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    seed();
  }

  /** Adds the demo data unless there are authors already; returns whether it did. */
  @Transactional
  public boolean seed() {
    if (session.query(Author.class).exists()) {
      return false;
    }
    Author leGuin = new Author("Ursula K. Le Guin");
    Author pratchett = new Author("Terry Pratchett");
    Author jemisin = new Author("N. K. Jemisin");
    Tag fantasy = new Tag("fantasy");
    Tag scienceFiction = new Tag("science-fiction");
    Tag humour = new Tag("humour");
    Tag classic = new Tag("classic");

    Book earthsea = book("A Wizard of Earthsea", leGuin, fantasy, classic);
    earthsea.addReview(new Review(5, "Spare and beautiful."));
    Book dispossessed = book("The Dispossessed", leGuin, scienceFiction, classic);
    dispossessed.addReview(new Review(4, "An ambiguous utopia indeed."));
    Book guards = book("Guards! Guards!", pratchett, fantasy, humour);
    guards.addReview(new Review(5, "The Watch at its best."));
    guards.addReview(new Review(4, null));
    Book smallGods = book("Small Gods", pratchett, fantasy, humour);
    Book fifthSeason = book("The Fifth Season", jemisin, fantasy, scienceFiction);
    fifthSeason.addReview(new Review(5, "Unforgettable second person."));

    // Adding the books cascades to their authors, tags and reviews.
    session.addAll(List.of(earthsea, dispossessed, guards, smallGods, fifthSeason));
    return true;
  }

  private static Book book(String title, Author author, Tag... tags) {
    Book book = new Book(title, author);
    book.getTags().addAll(List.of(tags));
    return book;
  }
}
