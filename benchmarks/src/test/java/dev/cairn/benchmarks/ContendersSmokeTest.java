package dev.cairn.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every contender does every operation on a small H2 database and reads or writes exactly what the
 * others do, so the benchmarks compare equal work.
 */
class ContendersSmokeTest {

  private static final int ROWS = 1_200;
  private static final int PARENTS = 30;
  private static final int CHILDREN = 4;

  @ParameterizedTest
  @FieldSource("dev.cairn.benchmarks.Contenders#RELATIONS")
  void everyOperationDoesTheSameWork(String name) {
    try (Fixture fixture = Fixture.open("h2", name)) {
      Contender contender = fixture.contender();
      assertThat(contender.insertBatch(ROWS)).isEqualTo(ROWS);
      assertThat(contender.insertBatch(ROWS)).isEqualTo(ROWS);
      assertThat(count(fixture, name)).isEqualTo(2 * ROWS);

      fixture.schema().recreate();
      fixture.schema().seedItems(ROWS);
      long quantities = 0;
      for (int x = 1; x <= ROWS; x++) {
        quantities += x % 1000;
      }
      assertThat(contender.loadEntities()).isEqualTo(ROWS + quantities);
      assertThat(contender.getById(Lookups.shuffledIds(ROWS))).isEqualTo(quantities);
      assertThat(contender.updateDirty()).isEqualTo(quantities + ROWS);
      assertThat(contender.updateDirty()).isEqualTo(quantities + 2 * ROWS);
      assertThat(contender.loadEntities()).isEqualTo(ROWS + quantities + 2 * ROWS);

      fixture.schema().seedRelations(PARENTS, CHILDREN);
      int children = PARENTS * CHILDREN;
      assertThat(contender.relationsLoad()).isEqualTo((long) children * (children + 1) / 2);
    }
  }

  private static long count(Fixture fixture, String contender) {
    try (var connection = fixture.dataSource().getConnection();
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM " + Contenders.tablePrefix(contender) + "_item")) {
      rows.next();
      return rows.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
