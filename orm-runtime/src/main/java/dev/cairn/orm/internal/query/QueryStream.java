package dev.cairn.orm.internal.query;

import dev.cairn.core.engine.Row;
import dev.cairn.core.sql.Statement;
import dev.cairn.orm.internal.loading.Batch;
import dev.cairn.orm.internal.loading.JoinedLoad;
import dev.cairn.orm.mapping.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code Query.stream()}: the rows of an open cursor in chunks of the load batch size, each chunk
 * read into the identity map with its references loaded in one batch; once the stream moves past a
 * chunk, its unchanged entities leave the session, so memory stays bounded by a chunk. Joined
 * collections would spread an entity over chunks, so they load as selectin per chunk.
 */
final class QueryStream {

  private QueryStream() {}

  static <T> Stream<T> open(QueryContext context, EntityModel<T> model, QuerySpec<T> spec) {
    context.autoflush();
    Statement source = spec.source();
    SourceRows<T> sourceRows =
        source == null
            ? null
            : new SourceRows<>(context, model, source, context.links().foreignColumns(model));
    Statement statement =
        source != null
            ? source
            : spec.entitySelect(
                model, new JoinedLoad<>(context, model, spec.plan(), true, 0, true));
    Stream<Row> rows = context.connection().stream(statement);
    List<T> previous = new ArrayList<>();
    return RowChunks.of(rows, context.loadBatchSize(), context)
        .flatMap(
            chunk ->
                context.call(
                    () -> {
                      context.releaseUnchanged(previous);
                      previous.clear();
                      List<T> entities = read(context, model, spec, sourceRows, chunk);
                      previous.addAll(entities);
                      return entities.stream();
                    }));
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> read(
      QueryContext context,
      EntityModel<T> model,
      QuerySpec<T> spec,
      @Nullable SourceRows<T> source,
      List<Row> chunk) {
    Batch batch;
    JoinedLoad<T> joined = null;
    if (source == null) {
      joined = new JoinedLoad<>(context, model, spec.plan(), true, chunk.size(), true);
      for (Row row : chunk) {
        joined.handle(RowValues.of(row));
      }
      batch = joined.finish();
    } else {
      batch = Objects.requireNonNull(source).readAll(chunk);
    }
    context.loading().afterResult(model, batch, spec.plan(), joined, spec.readOnly());
    return (List<T>) batch.entities();
  }
}
