package dev.cairn.orm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.LoadStrategy;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.OrderBy;
import dev.cairn.orm.mapping.ElementOrder;
import dev.cairn.orm.mapping.MappingException;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * What the mapping refuses of load strategies, final collections, {@code @OrderBy} and
 * unidirectional one-to-many relationships, naming the field and the fix; and what it resolves.
 */
class LoadMappingErrorsTest {

  @Entity
  static class Item {
    @Id Long id;
    String name;
    LocalDate madeOn;
  }

  @Entity
  static class LazyReference {
    @Id Long id;

    @ManyToOne(load = LoadStrategy.LAZY)
    Item item;
  }

  @Entity
  static class FinalLazy {
    @Id Long id;

    @OneToMany(load = LoadStrategy.LAZY)
    @JoinColumn(name = "final_lazy_id")
    final List<Item> items = new ArrayList<>();
  }

  @Entity
  static class FinalReference {
    @Id Long id;
    @ManyToOne final Item item = null;
  }

  @Entity
  static class WrongOrder {
    @Id Long id;

    @OneToMany
    @JoinColumn(name = "wrong_order_id")
    @OrderBy("nme")
    List<Item> items;
  }

  @Entity
  static class ColumnOrder {
    @Id Long id;

    @OneToMany
    @JoinColumn(name = "column_order_id")
    @OrderBy("made_on DESC")
    List<Item> items;
  }

  @Entity
  static class BadDirection {
    @Id Long id;

    @OneToMany
    @JoinColumn(name = "bad_direction_id")
    @OrderBy("name DOWN")
    List<Item> items;
  }

  @Entity
  static class OrderedReference {
    @Id Long id;

    @ManyToOne
    @OrderBy("name")
    Item item;
  }

  @Entity
  static class Unowned {
    @Id Long id;

    @OneToMany List<Item> items;
  }

  @Entity
  static class Ordered {
    @Id Long id;

    @OneToMany(load = LoadStrategy.JOINED)
    @JoinColumn(name = "ordered_id")
    @OrderBy("madeOn DESC, name")
    final List<Item> items = new ArrayList<>();

    @OneToMany
    @JoinColumn(name = "by_key_id")
    @OrderBy
    List<Item> byKey;
  }

  @Test
  void loadStrategiesAFieldCannotLoadWithFailNamingIt() {
    fails(LazyReference.class, Item.class)
        .hasMessageContaining("Field LazyReference.item has load = LAZY")
        .hasMessageContaining("a reference is loaded with its result")
        .hasMessageContaining("use load = SELECTIN (the default) or JOINED");
    fails(FinalLazy.class, Item.class)
        .hasMessageContaining("Field FinalLazy.items is a final collection field with load = LAZY")
        .hasMessageContaining("Use load = SELECTIN or JOINED, or remove final");
    fails(FinalReference.class, Item.class)
        .hasMessageContaining("Field FinalReference.item is a @ManyToOne and final")
        .hasMessageContaining("a final collection field is filled in place");
  }

  @Test
  void orderByNamesPropertiesOfTheElement() {
    fails(WrongOrder.class, Item.class)
        .hasMessageContaining(
            "Field WrongOrder.items has @OrderBy(\"nme\"), but Item has no property 'nme'; its"
                + " properties are [id, name, madeOn]")
        .hasMessageContaining("write property names of Item (not columns)");
    fails(ColumnOrder.class, Item.class)
        .hasMessageContaining("(made_on is the column of its property madeOn)");
    fails(BadDirection.class, Item.class)
        .hasMessageContaining("'DOWN' after name is neither ASC nor DESC");
    fails(OrderedReference.class, Item.class)
        .hasMessageContaining(
            "Field OrderedReference.item has @OrderBy, which orders the elements");
  }

  @Test
  void aOneToManyNeedsMappedByOrAJoinColumn() {
    fails(Unowned.class, Item.class)
        .hasMessageContaining("Field Unowned.items is a @OneToMany without mappedBy or @JoinColumn")
        .hasMessageContaining("@JoinColumn(name = \"unowned_id\") for a unidirectional");
  }

  @Test
  void theMappingResolvesDefaultsAndOrders() {
    MappingModel mapping = MappingModel.of(Ordered.class, Item.class);
    RelationshipModel items = mapping.entity(Ordered.class).findRelationship("items");
    assertThat(items.load()).isEqualTo(LoadStrategy.JOINED);
    assertThat(items.fillsInPlace()).isTrue();
    assertThat(items.order())
        .extracting(o -> o.property().name() + (o.descending() ? " DESC" : ""))
        .containsExactly("madeOn DESC", "name");
    RelationshipModel byKey = mapping.entity(Ordered.class).findRelationship("byKey");
    assertThat(byKey.load()).isEqualTo(LoadStrategy.LAZY);
    assertThat(byKey.order())
        .extracting(ElementOrder::property)
        .extracting(p -> p.name())
        .containsExactly("id");
    assertThat(mapping.entity(Item.class).findRelationship("missing")).isNull();
    assertThat(
            MappingModel.of(Item.class, LazyReferenceFree.class)
                .entity(LazyReferenceFree.class)
                .findRelationship("item")
                .load())
        .isEqualTo(LoadStrategy.SELECTIN);
  }

  @Entity
  static class LazyReferenceFree {
    @Id Long id;
    @ManyToOne Item item;
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> fails(Class<?>... classes) {
    return assertThatThrownBy(() -> MappingModel.of(classes)).isInstanceOf(MappingException.class);
  }
}
