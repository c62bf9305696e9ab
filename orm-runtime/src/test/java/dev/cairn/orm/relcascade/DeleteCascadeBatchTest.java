package dev.cairn.orm.relcascade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.Session;
import dev.cairn.orm.relcascade.CascadeFixture.Shelf;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;

/** Deleting many parents loads their unloaded children in batches, not one query per parent. */
class DeleteCascadeBatchTest {

  @DatabaseTest
  void deletingAResultLoadsChildrenOncePerRelationshipAndChunk(TestDb db) {
    try (CascadeFixture f = new CascadeFixture(db).data(25);
        Session session = f.factory.openSession()) {
      List<Shelf> shelves = session.query(Shelf.class).all();
      shelves.forEach(session::delete);
      session.commit();
      // 1 query; per relationship one IN query per 10 parents: 3 for the 25 shelves' boxes, 3 for
      // their labels, 5 for the 50 boxes' items; then UPDATE labels and three DELETEs (batched)
      f.counter.assertCount(16);
      List<String> sql = f.counter.statements();
      assertThat(sql.subList(1, 4))
          .allMatch(s -> s.startsWith("SELECT c_boxes.id, c_boxes.shelf_id FROM c_boxes WHERE"));
      assertThat(sql.subList(4, 7))
          .allMatch(s -> s.startsWith("SELECT c_labels.id, c_labels.shelf_id FROM c_labels"));
      assertThat(sql.subList(7, 12))
          .allMatch(s -> s.startsWith("SELECT c_items.id, c_items.box_id FROM c_items WHERE"));
      assertThat(sql.subList(12, 16))
          .containsExactly(
              "UPDATE c_labels SET shelf_id = ? WHERE c_labels.id = ?",
              "DELETE FROM c_items WHERE c_items.id = ?",
              "DELETE FROM c_boxes WHERE c_boxes.id = ?",
              "DELETE FROM c_shelves WHERE c_shelves.id = ?");
      assertThat(f.count("SELECT COUNT(*) FROM c_shelves")).isZero();
      assertThat(f.count("SELECT COUNT(*) FROM c_boxes")).isZero();
      assertThat(f.count("SELECT COUNT(*) FROM c_items")).isZero();
      assertThat(f.count("SELECT COUNT(*) FROM c_labels WHERE shelf_id IS NULL")).isEqualTo(25);
    }
  }

  @DatabaseTest
  void deletingOneParentWithLoadedChildrenStillFindsStoredOnes(TestDb db) {
    try (CascadeFixture f = new CascadeFixture(db).data(3);
        Session session = f.factory.openSession()) {
      Shelf shelf = session.get(Shelf.class, 2L);
      assertThat(shelf.boxes).hasSize(2);
      f.counter.reset();
      session.delete(shelf);
      session.commit();
      // the stored boxes and labels (one query each), the boxes' items, UPDATE and three DELETEs
      f.counter.assertCount(7);
      assertThat(f.count("SELECT COUNT(*) FROM c_boxes")).isEqualTo(4);
      assertThat(f.count("SELECT COUNT(*) FROM c_items")).isEqualTo(4);
      assertThat(f.count("SELECT COUNT(*) FROM c_shelves")).isEqualTo(2);
    }
  }
}
