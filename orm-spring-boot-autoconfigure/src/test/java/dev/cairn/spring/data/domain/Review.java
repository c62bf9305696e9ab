package dev.cairn.spring.data.domain;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A reader's review of a book. */
@Entity
@Table(name = "r_reviews")
public class Review {
  @Id @GeneratedValue @Nullable Long id;
  int stars;

  @ManyToOne
  @JoinColumn(name = "book_id")
  @Nullable Book book;

  Review() {}

  /** A review giving {@code stars}. */
  public Review(int stars) {
    this.stars = stars;
  }

  /** The rating, 1 to 5. */
  public int getStars() {
    return stars;
  }
}
