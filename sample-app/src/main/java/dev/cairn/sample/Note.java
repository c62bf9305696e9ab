package dev.cairn.sample;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A note as the API shows it; rows are mapped into it by component name.
 *
 * @param id the generated key
 * @param title the title
 * @param body the text, if any
 * @param createdAt when the note was written
 */
public record Note(long id, String title, @Nullable String body, LocalDateTime createdAt) {}
