package dev.cairn.orm.internal.query;

import dev.cairn.core.engine.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of a cursor in chunks of at most {@code size}, read one chunk at a time as a call of the
 * session (so a second thread cannot read the same connection meanwhile): a stream of entities
 * loads the references of each chunk in one batch while memory stays bounded by the chunk.
 */
final class RowChunks extends Spliterators.AbstractSpliterator<List<Row>> {

  private final Spliterator<Row> rows;
  private final int size;
  private final QueryContext context;

  private RowChunks(Spliterator<Row> rows, int size, QueryContext context) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.rows = rows;
    this.size = size;
    this.context = context;
  }

  /** {@code rows} in chunks of at most {@code size}; closing the result closes {@code rows}. */
  static Stream<List<Row>> of(Stream<Row> rows, int size, QueryContext context) {
    return StreamSupport.stream(new RowChunks(rows.spliterator(), size, context), false)
        .onClose(rows::close);
  }

  @Override
  public boolean tryAdvance(Consumer<? super List<Row>> action) {
    List<Row> chunk =
        context.call(
            () -> {
              List<Row> read = new ArrayList<>(size);
              while (read.size() < size && rows.tryAdvance(read::add)) {
                // the chunk fills up
              }
              return read;
            });
    if (chunk.isEmpty()) {
      return false;
    }
    action.accept(chunk);
    return true;
  }
}
