package dev.cairn.orm.reljoin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.Criteria;
import dev.cairn.orm.Session;
import dev.cairn.orm.reljoin.JoinFixture.JCategory;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;

/** Filters through self-referential relationships: the subquery reads the tree under an alias. */
class SelfReferenceFilterTest {

  private static final String CATEGORIES =
      "SELECT j_categories.id, j_categories.name, j_categories.parent_id FROM j_categories";

  private static List<String> names(List<JCategory> categories) {
    return categories.stream().map(JCategory::getName).toList();
  }

  @DatabaseTest
  void hasAndPathsThroughTheParentTwoLevelsDeep(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).trees();
        Session session = f.open()) {
      List<JCategory> underRoot =
          session
              .query(JCategory.class)
              .filter(
                  Criteria.has(JCategory::getParent, Criteria.of(JCategory::getName).eq("Root")))
              .orderBy("name")
              .all();
      assertThat(names(underRoot)).containsExactly("Books", "Music");
      assertThat(f.counter.statements().get(0))
          .isEqualTo(
              CATEGORIES
                  + " WHERE EXISTS (SELECT j_categories_1.id FROM j_categories AS j_categories_1"
                  + " WHERE j_categories_1.id = j_categories.parent_id"
                  + " AND j_categories_1.name = ?) ORDER BY j_categories.name ASC");
      f.counter.reset();
      List<JCategory> grandchildren =
          session
              .query(JCategory.class)
              .filter(Criteria.named("parent.parent.name").eq("Root"))
              .orderBy("name")
              .all();
      assertThat(names(grandchildren)).containsExactly("Fiction", "Jazz");
      assertThat(f.counter.statements().get(0))
          .isEqualTo(
              CATEGORIES
                  + " WHERE EXISTS (SELECT j_categories_1.id FROM j_categories AS j_categories_1"
                  + " WHERE j_categories_1.id = j_categories.parent_id"
                  + " AND EXISTS (SELECT j_categories_2.id FROM j_categories AS j_categories_2"
                  + " WHERE j_categories_2.id = j_categories_1.parent_id"
                  + " AND j_categories_2.name = ?)) ORDER BY j_categories.name ASC");
      assertThat(session.query(JCategory.class).filterBy("parent.name", "Books").one().getName())
          .isEqualTo("Fiction");
    }
  }

  @DatabaseTest
  void anyThroughTheChildrenTwoLevelsDeep(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).trees();
        Session session = f.open()) {
      assertThat(
              names(
                  session
                      .query(JCategory.class)
                      .filter(
                          Criteria.any(
                              JCategory::getChildren, Criteria.of(JCategory::getName).eq("Jazz")))
                      .all()))
          .containsExactly("Music");
      assertThat(f.counter.statements().get(0))
          .isEqualTo(
              CATEGORIES
                  + " WHERE EXISTS (SELECT j_categories_1.id FROM j_categories AS j_categories_1"
                  + " WHERE j_categories_1.parent_id = j_categories.id"
                  + " AND j_categories_1.name = ?)");
      List<JCategory> grandparents =
          session
              .query(JCategory.class)
              .filter(
                  Criteria.any(
                      JCategory::getChildren,
                      Criteria.any(
                          JCategory::getChildren, Criteria.of(JCategory::getName).eq("Fiction"))))
              .all();
      assertThat(names(grandparents)).containsExactly("Root");
      assertThat(
              names(
                  session
                      .query(JCategory.class)
                      .filter(Criteria.named("children.children.name").eq("Jazz"))
                      .all()))
          .containsExactly("Root");
      assertThat(
              names(
                  session
                      .query(JCategory.class)
                      .filter(Criteria.any(JCategory::getChildren).not())
                      .orderBy("name")
                      .all()))
          .containsExactly("Fiction", "Jazz");
      // a tree filter on a joined parent: children of Root's children, through the join's alias
      assertThat(
              names(
                  session
                      .query(JCategory.class)
                      .join(JCategory::getParent, "parent")
                      .filter(Criteria.named("parent.parent.name").eq("Root"))
                      .filter(Criteria.any("children", Criteria.named("name").eq("x")).not())
                      .orderBy("name")
                      .all()))
          .containsExactly("Fiction", "Jazz");
    }
  }
}
