package dev.cairn.sample.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/authors}.
 *
 * @param name the author's name, unique
 */
public record NewAuthor(@NotBlank @Size(max = 120) @Nullable String name) {}
