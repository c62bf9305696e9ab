package dev.cairn.orm.internal.loading;

import dev.cairn.orm.internal.state.LifecycleCallbacks;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;

/** The compiled {@link EntityReader} of every entity of a factory, built once. Thread-safe. */
public final class Readers {

  private final EntityReader<?>[] readers;

  /** Compiles the readers of every entity of {@code mapping}. */
  public Readers(MappingModel mapping, Links links, LifecycleCallbacks callbacks) {
    this.readers = new EntityReader<?>[mapping.entities().size()];
    for (EntityModel<?> model : mapping.entities()) {
      readers[model.index()] = reader(model, links, callbacks);
    }
  }

  private static <T> EntityReader<T> reader(
      EntityModel<T> model, Links links, LifecycleCallbacks callbacks) {
    return new EntityReader<>(model, links.foreignColumns(model), callbacks);
  }

  /** The reader of {@code model}. */
  @SuppressWarnings("unchecked")
  public <T> EntityReader<T> of(EntityModel<T> model) {
    return (EntityReader<T>) readers[model.index()];
  }
}
