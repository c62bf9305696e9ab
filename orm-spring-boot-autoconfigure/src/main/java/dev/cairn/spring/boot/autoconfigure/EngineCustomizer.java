package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.engine.EngineBuilder;

/** Customizes the auto-configured {@link dev.cairn.core.engine.Engine} before it is built. */
@FunctionalInterface
public interface EngineCustomizer {

  /** Adjusts {@code builder}: listeners, logging, cache sizes, what properties cannot express. */
  void customize(EngineBuilder builder);
}
