package dev.cairn.sample.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/books/{id}/reviews}.
 *
 * @param rating 1 to 5
 * @param text what the reader thought, optional
 */
public record NewReview(
    @NotNull @Min(1) @Max(5) @Nullable Integer rating, @Size(max = 2000) @Nullable String text) {}
