package dev.cairn.orm;

/**
 * Implemented by the {@code List} and {@code Set} Cairn installs into the collection fields of
 * loaded entities. Touching an unloaded one loads it for every instance of the same result at once
 * (or raises, see {@link Load}); {@link #isLoaded()} asks without loading.
 */
public interface RelationshipCollection {

  /** Whether the elements are loaded (reading them runs no statement). */
  boolean isLoaded();
}
