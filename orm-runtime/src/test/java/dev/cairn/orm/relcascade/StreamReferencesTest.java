package dev.cairn.orm.relcascade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.Load;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.relcascade.CascadeFixture.Box;
import dev.cairn.orm.relcascade.CascadeFixture.Shelf;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Streaming entities with many-to-one references: chunks of rows, one reference batch each. */
class StreamReferencesTest {

  @DatabaseTest
  void thousandRowsCostTheQueryPlusOneBatchPerChunk(TestDb db) {
    try (CascadeFixture f = new CascadeFixture(db).data(500);
        Session session = f.factory.openSession()) {
      List<Long> shelves;
      try (Stream<Box> boxes = session.query(Box.class).orderBy("id").stream()) {
        Iterator<Box> iterator = boxes.iterator();
        Box first = iterator.next();
        assertThat(first.shelf.id).isEqualTo(1L);
        // the shelves of the first chunk of 10 boxes (5 shelves); the open cursor counts when it
        // is closed
        f.counter.assertCount(1);
        assertThat(f.counter.statements().get(0))
            .isEqualTo(
                "SELECT c_shelves.id FROM c_shelves WHERE c_shelves.id IN (?, ?, ?, ?, ?)"
                    + " ORDER BY c_shelves.id ASC");
        List<Box> rest = new ArrayList<>();
        iterator.forEachRemaining(rest::add);
        assertThat(rest).hasSize(999);
        shelves = rest.stream().map(box -> box.shelf.id).distinct().toList();
      }
      assertThat(shelves).hasSize(500);
      // 1,000 rows in 100 chunks: the query and one reference batch per chunk
      f.counter.assertCount(101);
    }
  }

  @DatabaseTest
  void optionsAndCollectionsLoadPerChunk(TestDb db) {
    try (CascadeFixture f = new CascadeFixture(db).data(15);
        Session session = f.factory.openSession()) {
      try (Stream<Box> boxes =
          session.query(Box.class).options(Load.joined("items")).orderBy("id").stream()) {
        assertThat(boxes.mapToInt(box -> box.items.size()).sum()).isEqualTo(30);
      }
      // 30 boxes in 3 chunks of 10: per chunk the shelves and the items (joined collections load
      // as selectin in a stream)
      f.counter.assertCount(7);
    }
  }

  @DatabaseTest
  void finishedChunksLeaveTheSessionUnlessChanged(TestDb db) {
    try (CascadeFixture f = new CascadeFixture(db).data(15)) {
      // without autoflush the change is still pending when its chunk is finished
      SessionFactory manual =
          SessionFactory.builder(f.engine)
              .entities(
                  Shelf.class, Box.class, CascadeFixture.Item.class, CascadeFixture.Label.class)
              .loadBatchSize(10)
              .autoflush(false)
              .build();
      try (Session session = manual.openSession()) {
        Shelf last = session.get(Shelf.class, 15L);
        List<Box> seen = new ArrayList<>();
        try (Stream<Box> boxes = session.query(Box.class).orderBy("id").stream()) {
          boxes.forEach(
              box -> {
                seen.add(box);
                if (box.id == 12L) {
                  box.shelf = last;
                }
              });
        }
        assertThat(seen).hasSize(30);
        // unchanged boxes of finished chunks left the session; the changed one and the last
        // chunk (current when the stream ended) stayed
        assertThat(session.contains(seen.get(0))).isFalse();
        assertThat(session.contains(seen.get(15))).isFalse();
        assertThat(session.contains(seen.get(1))).isTrue();
        assertThat(session.contains(seen.get(29))).isTrue();
        session.commit();
      }
      assertThat(f.count("SELECT COUNT(*) FROM c_boxes WHERE id = 12 AND shelf_id = 15"))
          .isEqualTo(1L);
    }
  }
}
