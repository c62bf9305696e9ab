package dev.cairn.sample.api;

import org.jspecify.annotations.Nullable;

/**
 * One line of the authors report.
 *
 * @param authorId the author's key
 * @param name the author's name
 * @param books how many books the author has
 * @param reviews how many reviews those books have
 * @param averageRating the mean rating over those reviews, null without reviews
 */
public record AuthorStats(
    long authorId, String name, long books, long reviews, @Nullable Double averageRating) {}
