package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.orm.SessionFactory;

/** Customizes the auto-configured {@link SessionFactory} before it is built. */
@FunctionalInterface
public interface SessionFactoryCustomizer {

  /** Adjusts {@code builder}: converters, listeners, entities, what properties cannot express. */
  void customize(SessionFactory.Builder builder);
}
