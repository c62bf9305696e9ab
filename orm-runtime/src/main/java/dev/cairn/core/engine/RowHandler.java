package dev.cairn.core.engine;

import org.jspecify.annotations.Nullable;

/**
 * Receives the rows of a query one at a time, as the cursor reads them ({@link
 * Connection#forEachRow}): each row's values, converted by the result columns' types, in select
 * order. The array is new for every row and belongs to the handler, which may keep it. For code
 * that turns rows into its own objects without a {@link Row} in between (the ORM's loaders).
 */
@FunctionalInterface
public interface RowHandler {

  /** Handles one row; an exception thrown here ends the query and reaches the caller. */
  void handle(@Nullable Object[] values);
}
