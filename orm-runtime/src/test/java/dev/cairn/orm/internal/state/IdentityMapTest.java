package dev.cairn.orm.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The identity map against plain {@code java.util} maps under random adds, lookups, removals and
 * key changes: integral keys (held as longs), string keys, identity lookups, session order, and the
 * lazy indexing (lookups see every state added before them).
 */
class IdentityMapTest {

  @Entity
  static class Numbered {
    @Id Long id;
  }

  @Entity
  static class Named {
    @Id String id;
  }

  private final MappingModel mapping = MappingModel.of(Numbered.class, Named.class);
  private final EntityModel<Numbered> numbered = mapping.entity(Numbered.class);
  private final EntityModel<Named> named = mapping.entity(Named.class);

  @Test
  void randomOperationsAgreeWithJavaUtilMaps() {
    Random random = new Random(42);
    IdentityMap map = new IdentityMap(mapping.entities().size());
    Map<Long, InstanceState> byLong = new HashMap<>();
    Map<String, InstanceState> byString = new HashMap<>();
    Map<Object, InstanceState> byObject = new IdentityHashMap<>();
    List<InstanceState> order = new ArrayList<>();
    for (int step = 0; step < 40_000; step++) {
      int action = random.nextInt(10);
      if (action < 5) {
        // keys collide on purpose: multiples of 1024 and a small range
        long key = random.nextBoolean() ? random.nextInt(3000) : 1024L * random.nextInt(300);
        if (!byLong.containsKey(key)) {
          InstanceState state =
              InstanceState.loadedFrom(new Numbered(), numbered, key, new Object[] {key});
          map.add(state);
          byLong.put(key, state);
          byObject.put(state.entity(), state);
          order.add(state);
        }
      } else if (action < 7) {
        String key = "k" + random.nextInt(2000);
        if (!byString.containsKey(key)) {
          InstanceState state =
              InstanceState.loadedFrom(new Named(), named, key, new Object[] {key});
          map.add(state);
          byString.put(key, state);
          byObject.put(state.entity(), state);
          order.add(state);
        }
      } else if (action < 9 && !order.isEmpty()) {
        InstanceState state = order.remove(random.nextInt(order.size()));
        map.remove(state);
        byObject.remove(state.entity());
        if (state.model() == numbered) {
          byLong.remove(((Number) state.key()).longValue());
        } else {
          byString.remove(state.key());
        }
      } else {
        long probe = random.nextInt(3000);
        assertThat(map.findIntegral(numbered, probe)).isSameAs(byLong.get(probe));
        assertThat(map.find(numbered, probe)).isSameAs(byLong.get(probe));
        String name = "k" + random.nextInt(2000);
        assertThat(map.find(named, name)).isSameAs(byString.get(name));
        if (random.nextInt(50) == 0) {
          map.compact();
        }
      }
    }
    for (Map.Entry<Long, InstanceState> entry : byLong.entrySet()) {
      assertThat(map.findIntegral(numbered, entry.getKey())).isSameAs(entry.getValue());
    }
    for (Map.Entry<Object, InstanceState> entry : byObject.entrySet()) {
      assertThat(map.state(entry.getKey())).isSameAs(entry.getValue());
    }
    assertThat(map.size()).isEqualTo(order.size());
    assertThat(map.states()).containsExactlyInAnyOrderElementsOf(order);
    List<InstanceState> inOrder = map.states();
    List<InstanceState> expected = new ArrayList<>(inOrder);
    expected.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
    assertThat(inOrder).containsExactlyElementsOf(expected);
  }

  @Test
  void aStateAddedWithoutKeyIsFoundByItsKeyOnceInsertedAndNotAfterItsInsertIsUndone() {
    IdentityMap map = new IdentityMap(mapping.entities().size());
    Numbered entity = new Numbered();
    InstanceState state = InstanceState.pendingAdded(entity, numbered);
    map.add(state);
    assertThat(map.state(entity)).isSameAs(state);
    assertThat(map.mayHold(numbered)).isTrue();
    assertThat(map.mayHold(named)).isFalse();
    state.inserted(new Object[] {7L}, 7L, null, null);
    map.index(state);
    assertThat(map.findIntegral(numbered, 7)).isSameAs(state);
    assertThat(state.lifecycle()).isEqualTo(EntityState.PERSISTENT);
    map.unindex(state);
    state.undoInsert();
    assertThat(map.findIntegral(numbered, 7)).isNull();
    assertThat(map.state(entity)).isSameAs(state);
    map.remove(state);
    assertThat(map.state(entity)).isNull();
    assertThat(map.isEmpty()).isTrue();
    assertThat(map.mayHold(numbered)).isFalse();
  }

  @Test
  void statesAddedWhileIteratingAreVisitedAndRemovedOnesReadAsNull() {
    IdentityMap map = new IdentityMap(mapping.entities().size());
    for (long i = 0; i < 3; i++) {
      map.add(InstanceState.loadedFrom(new Numbered(), numbered, i, new Object[] {i}));
    }
    List<Object> seen = new ArrayList<>();
    for (int i = 0; i < map.end(); i++) {
      InstanceState state = map.at(i);
      if (state == null) {
        seen.add("gone");
        continue;
      }
      seen.add(state.key());
      if (i == 0) {
        map.remove(java.util.Objects.requireNonNull(map.at(1)));
        map.add(InstanceState.loadedFrom(new Numbered(), numbered, 9L, new Object[] {9L}));
      }
    }
    assertThat(seen).containsExactly(0L, "gone", 2L, 9L);
  }
}
