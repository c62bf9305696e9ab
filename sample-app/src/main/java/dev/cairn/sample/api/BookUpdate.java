package dev.cairn.sample.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /api/books/{id}}: a new title and the version the client last read; a
 * different current version means someone else changed the book first (409).
 *
 * @param title the new title
 * @param version the {@code version} from the client's last {@code GET /api/books/{id}}
 */
public record BookUpdate(
    @NotBlank @Size(max = 200) @Nullable String title, @NotNull @Nullable Long version) {}
