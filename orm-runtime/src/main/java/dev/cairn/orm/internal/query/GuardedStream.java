package dev.cairn.orm.internal.query;

import dev.cairn.orm.internal.SessionContext;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A query's stream whose every read and whose close run under the session's thread guard ({@link
 * SessionContext#guarded}): while one thread reads a row, another thread calling the session fails
 * fast instead of reaching the JDBC connection the cursor reads from (issue 14). Between reads the
 * session is free, so the reading thread may use it, as with any open cursor.
 *
 * @param <T> the entity type
 */
final class GuardedStream<T> implements Spliterator<T>, Supplier<Boolean> {

  private final SessionContext context;
  private final Spliterator<T> source;
  private @Nullable Consumer<? super T> action;

  private GuardedStream(SessionContext context, Spliterator<T> source) {
    this.context = context;
    this.source = source;
  }

  /** {@code stream}, read and closed under {@code context}'s guard. */
  static <T> Stream<T> of(SessionContext context, Stream<T> stream) {
    return StreamSupport.stream(new GuardedStream<>(context, stream.spliterator()), false)
        .onClose(
            () ->
                context.guarded(
                    () -> {
                      stream.close();
                      return null;
                    }));
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> next) {
    // this object is the guarded call, so that a read allocates nothing
    action = next;
    try {
      return context.guarded(this);
    } finally {
      action = null;
    }
  }

  /** One read of the source, called by {@link #tryAdvance} under the guard. */
  @Override
  public Boolean get() {
    Consumer<? super T> next = action;
    return next != null && source.tryAdvance(next);
  }

  @Override
  public void forEachRemaining(Consumer<? super T> next) {
    context.guarded(
        () -> {
          source.forEachRemaining(next);
          return null;
        });
  }

  @Override
  public @Nullable Spliterator<T> trySplit() {
    return null;
  }

  @Override
  public long estimateSize() {
    return source.estimateSize();
  }

  @Override
  public int characteristics() {
    return source.characteristics() & ~(SIZED | SUBSIZED);
  }
}
