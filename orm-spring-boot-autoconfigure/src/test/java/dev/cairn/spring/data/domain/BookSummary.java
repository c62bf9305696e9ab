package dev.cairn.spring.data.domain;

/**
 * A record projection of a book.
 *
 * @param title the title
 * @param pages the page count
 */
public record BookSummary(String title, int pages) {}
