package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.List;

/** The columns of {@code SELECT * FROM item}, spelled out. */
final class SelectColumns {

  private SelectColumns() {}

  static List<? extends Expression<?>> of(FromItem item) {
    List<? extends Expression<?>> columns = item.exportedColumns();
    if (columns.isEmpty()) {
      throw new CairnException(
          "selectFrom("
              + FromItems.describe(item)
              + ") cannot list its columns; use select(columns…).from(item)");
    }
    return columns;
  }
}
