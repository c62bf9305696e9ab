package dev.cairn.orm.internal.loading;

import dev.cairn.orm.RelationshipCollection;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * The {@code List} of a loaded entity's collection field: loads on first use (with its siblings),
 * then behaves as an {@link ArrayList}.
 */
final class RelationList<E> extends AbstractList<E>
    implements RelationshipCollection, CollectionState.Filler, RandomAccess {

  private final CollectionState state;
  private final List<E> elements = new ArrayList<>();

  RelationList(CollectionState state) {
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
  public E get(int index) {
    state.ensureLoaded();
    return elements.get(index);
  }

  @Override
  public int size() {
    state.ensureLoaded();
    return elements.size();
  }

  @Override
  public E set(int index, E element) {
    state.ensureLoaded();
    return elements.set(index, element);
  }

  @Override
  public void add(int index, E element) {
    state.ensureLoaded();
    modCount++;
    elements.add(index, element);
  }

  @Override
  public E remove(int index) {
    state.ensureLoaded();
    modCount++;
    return elements.remove(index);
  }

  @Override
  public String toString() {
    return state.loaded ? elements.toString() : "[not loaded: " + state.link.describe() + "]";
  }
}
