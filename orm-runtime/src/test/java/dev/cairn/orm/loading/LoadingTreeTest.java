package dev.cairn.orm.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.Load;
import dev.cairn.orm.QueryCounter;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.loading.LoadingFixture.LAddress;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;

/** A self-referential tree: parents as references, children as lazy, selectin and joined sets. */
class LoadingTreeTest {

  @Entity
  @Table(name = "l_nodes")
  static class LNode {
    @Id Long id;
    String label;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    LNode parent;

    @OneToMany(mappedBy = "parent")
    List<LNode> children = new ArrayList<>();

    LNode() {}
  }

  /** Node 1 is the root; 2..4 its children; 5..13 their children (three each). */
  private static SessionFactory tree(TestDb db, QueryCounter counter) {
    Engine engine = Engine.builder(db.dataSource()).listener(counter).build();
    SessionFactory factory = SessionFactory.builder(engine).entities(LNode.class).build();
    factory.createAll();
    StringBuilder sql = new StringBuilder("INSERT INTO l_nodes (id, label, parent_id) VALUES ");
    sql.append("(1, 'root', NULL)");
    for (int i = 2; i <= 4; i++) {
      sql.append(", (").append(i).append(", 'n").append(i).append("', 1)");
    }
    db.executeJdbc(sql.toString());
    sql = new StringBuilder("INSERT INTO l_nodes (id, label, parent_id) VALUES ");
    for (int i = 5; i <= 13; i++) {
      sql.append(i == 5 ? "" : ", ")
          .append("(")
          .append(i)
          .append(", 'n")
          .append(i)
          .append("', ")
          .append(2 + (i - 5) / 3)
          .append(")");
    }
    db.executeJdbc(sql.toString());
    counter.reset();
    return factory;
  }

  @DatabaseTest
  void parentsLoadLevelByLevelAndChildrenBatch(TestDb db) {
    QueryCounter counter = new QueryCounter();
    SessionFactory factory = tree(db, counter);
    try (Session session = factory.openSession()) {
      List<LNode> leaves = session.query(LNode.class).filterBy("label", "n13").all();
      // the leaf, then its parent, then the root: one statement per level
      counter.assertCount(3);
      assertThat(leaves.get(0).parent.label).isEqualTo("n4");
      assertThat(leaves.get(0).parent.parent.label).isEqualTo("root");
      assertThat(leaves.get(0).parent.parent.parent).isNull();
      counter.reset();
      LNode root = leaves.get(0).parent.parent;
      assertThat(root.children).extracting(n -> n.label).containsExactly("n2", "n3", "n4");
      counter.assertCount(1);
      int grandchildren = 0;
      for (LNode child : root.children) {
        grandchildren += child.children.size();
        assertThat(child.parent).isSameAs(root);
      }
      assertThat(grandchildren).isEqualTo(9);
      counter.assertCount(2);
    } finally {
      factory.engine().close();
    }
  }

  @DatabaseTest
  void joinedChildrenOfTheSameTableUseAnAlias(TestDb db) {
    QueryCounter counter = new QueryCounter();
    SessionFactory factory = tree(db, counter);
    try (Session session = factory.openSession()) {
      List<LNode> nodes =
          session
              .query(LNode.class)
              .options(Load.joined("children"))
              .filterBy("label", "root")
              .all();
      counter.assertCount(1);
      assertThat(counter.statements().get(0)).contains("LEFT OUTER JOIN l_nodes");
      assertThat(nodes).hasSize(1);
      assertThat(nodes.get(0).children).hasSize(3);
      counter.reset();
      List<LNode> all =
          session
              .query(LNode.class)
              .options(Load.selectin("children").then("children"))
              .filterBy("label", "root")
              .all();
      assertThat(all.get(0).children.get(0).children).hasSize(3);
      counter.assertCount(2);
    } finally {
      factory.engine().close();
    }
  }

  @DatabaseTest
  void selectinStatementsBindEveryKey(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(3, 1);
        Session session = f.open()) {
      session.query(LAddress.class).orderBy("id").all();
      f.counter.assertCount(2);
      assertThat(f.counter.statements().get(1)).contains(" IN (?, ?, ?)");
      f.counter.reset();
      try (var streamed = session.query(LAddress.class).orderBy("id").stream()) {
        assertThat(streamed.map(a -> a.user.name).toList()).hasSize(3);
      }
      // the users are in the session already: the stream's one chunk needs no batch
      f.counter.assertCount(1);
    }
  }
}
