package dev.cairn.sample.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/books}.
 *
 * @param title the title
 * @param authorId the key of an existing author
 * @param tags tag names (trimmed and lower-cased); unknown ones are created, known ones reused
 */
public record NewBook(
    @NotBlank @Size(max = 200) @Nullable String title,
    @NotNull @Nullable Long authorId,
    @Nullable List<@NotBlank @Size(max = 60) String> tags) {}
