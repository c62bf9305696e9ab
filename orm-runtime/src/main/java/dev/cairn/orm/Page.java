package dev.cairn.orm;

import java.util.List;

/**
 * One page of a query's results and the total count, from {@link Query#page(int, int)}.
 *
 * @param items the entities on this page, in query order
 * @param total how many entities match the query altogether
 * @param page this page's number, counted from 0
 * @param size the page size asked for
 * @param totalPages how many pages of {@code size} the {@code total} fills
 * @param <T> the entity type
 */
public record Page<T>(List<T> items, long total, int page, int size, int totalPages) {

  /** Copies {@code items}. */
  public Page {
    items = List.copyOf(items);
  }

  /** Whether a page follows this one. */
  public boolean hasNext() {
    return page + 1 < totalPages;
  }

  /** Whether a page precedes this one. */
  public boolean hasPrevious() {
    return page > 0;
  }
}
