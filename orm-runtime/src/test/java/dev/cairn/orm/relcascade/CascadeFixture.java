package dev.cairn.orm.relcascade;

import dev.cairn.core.engine.Engine;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.QueryCounter;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;

/**
 * Shelves holding boxes (cascade ALL) holding items (cascade ALL), and labels that refer to a shelf
 * without cascade (their reference is cleared when the shelf goes), over a counted engine with a
 * load batch size of 10.
 */
final class CascadeFixture implements AutoCloseable {

  @Entity
  @Table(name = "c_shelves")
  public static class Shelf {
    @Id Long id;

    @OneToMany(mappedBy = "shelf", cascade = Cascade.ALL)
    List<Box> boxes = new ArrayList<>();

    @OneToMany(mappedBy = "shelf")
    List<Label> labels = new ArrayList<>();

    Shelf() {}

    Shelf(Long id) {
      this.id = id;
    }
  }

  @Entity
  @Table(name = "c_boxes")
  public static class Box {
    @Id Long id;

    @ManyToOne
    @JoinColumn(name = "shelf_id")
    Shelf shelf;

    @OneToMany(mappedBy = "box", cascade = Cascade.ALL)
    List<Item> items = new ArrayList<>();

    Box() {}

    Box(Long id, Shelf shelf) {
      this.id = id;
      this.shelf = shelf;
      shelf.boxes.add(this);
    }
  }

  @Entity
  @Table(name = "c_items")
  public static class Item {
    @Id Long id;

    @ManyToOne
    @JoinColumn(name = "box_id")
    Box box;

    Item() {}

    Item(Long id, Box box) {
      this.id = id;
      this.box = box;
      box.items.add(this);
    }
  }

  @Entity
  @Table(name = "c_labels")
  public static class Label {
    @Id Long id;

    @ManyToOne
    @JoinColumn(name = "shelf_id")
    Shelf shelf;

    Label() {}

    Label(Long id, Shelf shelf) {
      this.id = id;
      this.shelf = shelf;
      shelf.labels.add(this);
    }
  }

  final QueryCounter counter = new QueryCounter();
  final Engine engine;
  final SessionFactory factory;
  final TestDb db;

  CascadeFixture(TestDb db) {
    this.db = db;
    this.engine = Engine.builder(db.dataSource()).listener(counter).build();
    this.factory =
        SessionFactory.builder(engine)
            .entities(Shelf.class, Box.class, Item.class, Label.class)
            .loadBatchSize(10)
            .build();
    factory.createAll();
  }

  /** {@code shelves} shelves, each with two boxes of one item and one label. */
  CascadeFixture data(int shelves) {
    try (Session session = factory.openSession()) {
      for (long s = 1; s <= shelves; s++) {
        Shelf shelf = new Shelf(s);
        new Item(s * 10 + 1, new Box(s * 10 + 1, shelf));
        new Item(s * 10 + 2, new Box(s * 10 + 2, shelf));
        new Label(s, shelf);
        session.add(shelf);
        session.addAll(List.copyOf(shelf.labels));
      }
      session.commit();
    }
    counter.reset();
    return this;
  }

  /** The number {@code sql} (a SELECT COUNT) answers, read without counting. */
  long count(String sql) {
    try (Engine plain = Engine.of(db.dataSource())) {
      Long count = plain.transactionResult(c -> c.execute(Sql.text(sql)).scalar(Long.class));
      return count == null ? 0 : count;
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
