package dev.cairn.orm.internal.loading;

import dev.cairn.orm.RelationshipCollection;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code Set} of a loaded entity's collection field: loads on first use (with its siblings),
 * then behaves as a {@link LinkedHashSet}.
 */
final class RelationSet<E> extends AbstractSet<E>
    implements RelationshipCollection, CollectionState.Filler {

  private final CollectionState state;
  private final Set<E> elements = new LinkedHashSet<>();

  RelationSet(CollectionState state) {
    this.state = state;
  }

  @Override
  public boolean isLoaded() {
    return state.loaded;
  }

  @Override
  public CollectionState state() {
    return state;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void fill(Collection<?> loaded) {
    elements.clear();
    elements.addAll((Collection<? extends E>) loaded);
    state.loaded = true;
  }

  @Override
  public Iterator<E> iterator() {
    state.ensureLoaded();
    return elements.iterator();
  }

  @Override
  public int size() {
    state.ensureLoaded();
    return elements.size();
  }

  @Override
  public boolean contains(Object element) {
    state.ensureLoaded();
    return elements.contains(element);
  }

  @Override
  public boolean add(E element) {
    state.ensureLoaded();
    return elements.add(element);
  }

  @Override
  public boolean remove(Object element) {
    state.ensureLoaded();
    return elements.remove(element);
  }

  @Override
  public String toString() {
    return state.loaded ? elements.toString() : "[not loaded: " + state.link.describe() + "]";
  }
}
