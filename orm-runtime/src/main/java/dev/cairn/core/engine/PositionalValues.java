package dev.cairn.core.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A value array bound by position through a {@link ParameterLayout}. {@link Plan} binds it without
 * any lookup by name; it is also a read-only map from parameter name to value, so logging,
 * listeners and error messages treat it as any other set of named values (and only they pay for the
 * lookups).
 */
final class PositionalValues extends AbstractMap<String, @Nullable Object> {

  private final ParameterLayout layout;
  private final @Nullable Object[] values;

  PositionalValues(ParameterLayout layout, @Nullable Object[] values) {
    if (values.length != layout.size()) {
      throw new dev.cairn.core.CairnException(
          "A value array of "
              + values.length
              + " values was given for the "
              + layout.size()
              + " positions of "
              + layout
              + "; pass one value per position");
    }
    this.layout = layout;
    this.values = values;
  }

  ParameterLayout layout() {
    return layout;
  }

  @Nullable Object at(int position) {
    return values[position];
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && layout.positionOf(name) >= 0;
  }

  @Override
  public @Nullable Object get(Object key) {
    int position = key instanceof String name ? layout.positionOf(name) : -1;
    return position < 0 ? null : values[position];
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public Set<Entry<String, @Nullable Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, @Nullable Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Entry<String, @Nullable Object> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            int position = next++;
            return new SimpleImmutableEntry<>(layout.name(position), values[position]);
          }
        };
      }

      @Override
      public int size() {
        return values.length;
      }
    };
  }

  static Map<String, ?> of(ParameterLayout layout, @Nullable Object[] values) {
    return new PositionalValues(layout, values);
  }
}
