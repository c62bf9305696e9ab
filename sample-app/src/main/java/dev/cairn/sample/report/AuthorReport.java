package dev.cairn.sample.report;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Session;
import dev.cairn.sample.api.AuthorStats;
import dev.cairn.sample.domain.Author;
import dev.cairn.sample.domain.Book;
import dev.cairn.sample.domain.Review;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books, reviews and average rating per author in one statement, written with Cairn Core over the
 * entity tables and run on the injected {@link Session} (a proxy bound to the current transaction):
 *
 * <pre>{@code
 * SELECT authors.id AS author_id, authors.name, COUNT(DISTINCT books.id) AS books,
 *        COUNT(reviews.id) AS reviews, AVG(reviews.rating) AS average_rating
 * FROM authors LEFT OUTER JOIN books ON … LEFT OUTER JOIN reviews ON …
 * GROUP BY authors.id, authors.name ORDER BY authors.name
 * }</pre>
 */
@Service
public class AuthorReport {

  private final Session session;

  AuthorReport(Session session) {
    this.session = session;
  }

  /** One line per author, by name; authors without books are listed with zeros. */
  @Transactional(readOnly = true)
  public List<AuthorStats> authors() {
    Table authors = session.table(Author.class);
    Table books = session.table(Book.class);
    Table reviews = session.table(Review.class);
    Column<Long> authorId = session.query(Author.class).column(Author::getId);
    Column<String> name = session.query(Author.class).column(Author::getName);
    Column<Long> bookId = session.query(Book.class).column(Book::getId);
    Column<Long> bookAuthor = books.column("author_id", Long.class);
    Column<Long> reviewId = session.query(Review.class).column(Review::getId);
    Column<Long> reviewBook = reviews.column("book_id", Long.class);
    Column<Integer> rating = session.query(Review.class).column(Review::getRating);
    return session
        .execute(
            Sql.select(
                    authorId.as("author_id"),
                    name,
                    Sql.countDistinct(bookId).as("books"),
                    Sql.count(reviewId).as("reviews"),
                    Sql.avg(rating).as("average_rating"))
                .from(authors)
                .leftJoin(books, bookAuthor.eq(authorId))
                .leftJoin(reviews, reviewBook.eq(bookId))
                .groupBy(authorId, name)
                .orderBy(name.asc()))
        .into(AuthorStats.class);
  }
}
