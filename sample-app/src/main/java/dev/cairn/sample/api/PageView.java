package dev.cairn.sample.api;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the entries on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many entries there are on all pages
 * @param totalPages how many pages there are
 * @param <T> the entry type
 */
public record PageView<T>(List<T> items, int page, int size, long total, int totalPages) {

  /** Copies {@code items}. */
  public PageView {
    items = List.copyOf(items);
  }
}
