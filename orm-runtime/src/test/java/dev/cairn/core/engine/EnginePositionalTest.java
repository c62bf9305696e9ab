package dev.cairn.core.engine;

import static dev.cairn.core.engine.EngineTestSupport.PEOPLE;
import static dev.cairn.core.engine.EngineTestSupport.createPeople;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.Insert;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.Update;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Positional binding through a {@link ParameterLayout} and row-by-row reading with a handler. */
class EnginePositionalTest {

  private static final Insert INSERT =
      Sql.insertInto(PEOPLE)
          .set(PEOPLE.name, Sql.param("name", SqlTypes.varchar(20)))
          .set(PEOPLE.age, Sql.param("age", SqlTypes.INTEGER));

  /** Age before name: the layout's order need not be the order of the {@code ?}s. */
  private static final ParameterLayout AGE_NAME = ParameterLayout.of("age", "name");

  @DatabaseTest
  void executeManyBindsEveryRowByPosition(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      List<Object[]> rows = new ArrayList<>();
      rows.add(new Object[] {30, "ann"});
      rows.add(new Object[] {null, "bob"});
      rows.add(new Object[] {50, "cid"});
      BatchResult result = connection.executeMany(INSERT, AGE_NAME, rows);
      assertThat(result.counts()).containsExactly(1, 1, 1);

      Update older =
          Sql.update(PEOPLE)
              .set(PEOPLE.age, Sql.param("age", SqlTypes.INTEGER))
              .where(PEOPLE.name.eq(Sql.param("name", SqlTypes.varchar(20))));
      long changed = connection.execute(older, AGE_NAME, new Object[] {41, "bob"}).rowCount();
      assertThat(changed).isEqualTo(1);

      List<String> seen = new ArrayList<>();
      long read =
          connection.forEachRow(
              Sql.select(PEOPLE.name, PEOPLE.age).from(PEOPLE).orderBy(PEOPLE.name),
              Map.of(),
              values -> seen.add(values[0] + ":" + values[1]));
      assertThat(read).isEqualTo(3);
      assertThat(seen).containsExactly("ann:30", "bob:41", "cid:50");
    }
  }

  @DatabaseTest
  void forEachRowBindsNamedParametersAndHandsOverFreshArrays(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      connection.executeMany(
          INSERT, AGE_NAME, List.of(new Object[] {1, "a"}, new Object[] {2, "b"}));
      List<Object[]> kept = new ArrayList<>();
      connection.forEachRow(
          Sql.select(PEOPLE.name, PEOPLE.age)
              .from(PEOPLE)
              .where(PEOPLE.age.ge(Sql.param("min", SqlTypes.INTEGER)))
              .orderBy(PEOPLE.age),
          Map.of("min", 1),
          kept::add);
      assertThat(kept).hasSize(2);
      assertThat(kept.get(0)).isNotSameAs(kept.get(1)).containsExactly("a", 1);
      assertThat(kept.get(1)).containsExactly("b", 2);
    }
  }

  @DatabaseTest
  void misfitLayoutsAndValuesFailNamingTheParameter(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      assertThatThrownBy(
              () -> connection.execute(INSERT, ParameterLayout.of("name"), new Object[] {"x"}))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining(":age")
          .hasMessageContaining("ParameterLayout[name]");
      assertThatThrownBy(() -> connection.execute(INSERT, AGE_NAME, new Object[] {1}))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("1 values")
          .hasMessageContaining("2 positions");
      assertThatThrownBy(() -> connection.execute(INSERT, AGE_NAME, new Object[] {"old", "x"}))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining(":age expects java.lang.Integer");
      assertThatThrownBy(() -> ParameterLayout.of("a", "a"))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("'a' appears twice");
      assertThatThrownBy(
              () ->
                  connection.forEachRow(
                      Sql.deleteFrom(PEOPLE).where(PEOPLE.age.gt(100)), Map.of(), values -> {}))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("Only queries");
    }
  }
}
