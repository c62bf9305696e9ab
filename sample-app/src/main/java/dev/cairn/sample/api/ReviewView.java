package dev.cairn.sample.api;

import dev.cairn.sample.domain.Review;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A review as the API shows it.
 *
 * @param id the review's key
 * @param rating 1 to 5
 * @param text what the reader wrote, if anything
 */
public record ReviewView(long id, int rating, @Nullable String text) {

  /** The view of a flushed review. */
  public static ReviewView of(Review review) {
    return new ReviewView(
        Objects.requireNonNull(review.getId()), review.getRating(), review.getText());
  }
}
