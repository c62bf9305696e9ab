package dev.cairn.orm.internal.loading;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The {@code List} of a loaded entity's collection field: loads on first use (with its siblings),
 * then behaves as an {@link ArrayList}. Its first change copies the loaded elements as the snapshot
 * the flush compares with.
 */
final class RelationList<E> extends AbstractList<E> implements OrmCollection, RandomAccess {

  private final Object owner;
  private CollectionGroup group;
  private @Nullable List<E> elements;
  private @Nullable List<Object> snapshot;

  RelationList(Object owner, CollectionGroup group) {
    this.owner = owner;
    this.group = group;
  }

  @Override
  public Object owner() {
    return owner;
  }

  @Override
  public Link link() {
    return group.link();
  }

  @Override
  public CollectionGroup group() {
    return group;
  }

  @Override
  public void group(CollectionGroup newGroup) {
    this.group = newGroup;
  }

  @Override
  public boolean isLoaded() {
    return elements != null;
  }

  @Override
  public boolean modified() {
    return snapshot != null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Object> snapshot() {
    List<Object> before = snapshot;
    return before != null ? before : (List<Object>) loaded();
  }

  @Override
  public Collection<?> current() {
    return loaded();
  }

  @Override
  public void flushed() {
    snapshot = null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void fill(List<Object> loaded) {
    elements = (List<E>) loaded;
    snapshot = null;
  }

  private List<E> loaded() {
    List<E> current = elements;
    if (current == null) {
      group.load(this);
      current = elements;
      if (current == null) {
        throw new IllegalStateException("collection not filled by its load: " + link());
      }
    }
    return current;
  }

  private List<E> changing() {
    List<E> current = loaded();
    if (snapshot == null) {
      snapshot = new ArrayList<>(current);
    }
    return current;
  }

  @Override
  public E get(int index) {
    return loaded().get(index);
  }

  @Override
  public int size() {
    return loaded().size();
  }

  @Override
  public E set(int index, E element) {
    return changing().set(index, element);
  }

  @Override
  public void add(int index, E element) {
    changing().add(index, element);
    modCount++;
  }

  @Override
  public E remove(int index) {
    E removed = changing().remove(index);
    modCount++;
    return removed;
  }

  @Override
  public String toString() {
    List<E> current = elements;
    return current != null ? current.toString() : "[not loaded: " + link().describe() + "]";
  }
}
