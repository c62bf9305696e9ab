package dev.cairn.orm.internal.loading;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Set} of a loaded entity's collection field: loads on first use (with its siblings),
 * then behaves as a {@link LinkedHashSet}. Its first change copies the loaded elements as the
 * snapshot the flush compares with.
 */
final class RelationSet<E> extends AbstractSet<E> implements OrmCollection {

  private final Object owner;
  private CollectionGroup group;
  private @Nullable Set<E> elements;
  private @Nullable List<Object> snapshot;

  RelationSet(Object owner, CollectionGroup group) {
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
  public List<Object> snapshot() {
    List<Object> before = snapshot;
    return before != null ? before : new ArrayList<>(loaded());
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
    elements = new LinkedHashSet<>((List<E>) loaded);
    snapshot = null;
  }

  private Set<E> loaded() {
    Set<E> current = elements;
    if (current == null) {
      group.load(this);
      current = elements;
      if (current == null) {
        throw new IllegalStateException("collection not filled by its load: " + link());
      }
    }
    return current;
  }

  private Set<E> changing() {
    Set<E> current = loaded();
    if (snapshot == null) {
      snapshot = new ArrayList<>(current);
    }
    return current;
  }

  @Override
  public Iterator<E> iterator() {
    Iterator<E> inner = loaded().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return inner.hasNext();
      }

      @Override
      public E next() {
        return inner.next();
      }

      @Override
      public void remove() {
        if (snapshot == null) {
          snapshot = new ArrayList<>(loaded());
        }
        inner.remove();
      }
    };
  }

  @Override
  public int size() {
    return loaded().size();
  }

  @Override
  public boolean contains(Object element) {
    return loaded().contains(element);
  }

  @Override
  public boolean add(E element) {
    Set<E> current = loaded();
    if (current.contains(element)) {
      return false;
    }
    return changing().add(element);
  }

  @Override
  public boolean remove(Object element) {
    Set<E> current = loaded();
    if (!current.contains(element)) {
      return false;
    }
    return changing().remove(element);
  }

  @Override
  public String toString() {
    Set<E> current = elements;
    return current != null ? current.toString() : "[not loaded: " + link().describe() + "]";
  }
}
