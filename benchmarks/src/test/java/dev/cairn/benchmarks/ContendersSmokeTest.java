package dev.cairn.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every contender does every operation on small H2 and PostgreSQL databases and reads or writes
 * exactly what the others do, so the benchmarks compare equal work. PostgreSQL is the one from
 * {@code CAIRN_TEST_POSTGRES_URL} (default: the local server), as in the benchmarks.
 */
class ContendersSmokeTest {

  private static final int ROWS = 1_200;
  private static final int PARENTS = 30;
  private static final int CHILDREN = 4;

  static List<Arguments> contenders() {
    List<Arguments> arguments = new ArrayList<>();
    for (BenchmarkDatabase database : BenchmarkDatabase.values()) {
      for (String contender : Contenders.RELATIONS) {
        arguments.add(Arguments.of(database.id(), contender));
      }
    }
    return arguments;
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("contenders")
  void everyOperationDoesTheSameWork(String database, String name) {
    requireServer(BenchmarkDatabase.named(database));
    try (Fixture fixture = Fixture.open(database, name)) {
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

  /**
   * Skips the PostgreSQL runs with a message when the server is unreachable, as the other modules'
   * database tests do; under {@code CI=true} an unreachable server fails them instead.
   */
  private static void requireServer(BenchmarkDatabase database) {
    if (database == BenchmarkDatabase.H2) {
      return;
    }
    try (Connection ignored = DriverManager.getConnection(database.jdbcUrl())) {
      // reachable
    } catch (SQLException e) {
      String problem =
          "PostgreSQL at "
              + database.jdbcUrl()
              + " is unreachable ("
              + e.getMessage()
              + "); set CAIRN_TEST_POSTGRES_URL to a reachable server to run the PostgreSQL"
              + " smoke tests of the benchmarks";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(problem);
      }
      Assumptions.abort(problem);
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
