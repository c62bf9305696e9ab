package dev.cairn.core.engine;

import static dev.cairn.core.engine.EngineTestSupport.PEOPLE;
import static dev.cairn.core.engine.EngineTestSupport.createPeople;
import static dev.cairn.core.engine.EngineTestSupport.insertPerson;
import static dev.cairn.core.engine.EngineTestSupport.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.sql.Insert;
import dev.cairn.core.sql.ReturningMode;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.Update;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

class EngineExecutionTest {

  static final Column<Integer> ID = PEOPLE.id;
  static final Column<String> NAME = PEOPLE.name;
  static final Column<Integer> AGE = PEOPLE.age;

  record Person(int id, String name, @Nullable Long age) {}

  record PersonName(String name) {}

  /** Collects every execution for assertions. */
  static final class Recorder implements ExecutionListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<ExecutionContext> finished = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecute(ExecutionContext context) {
      context.attribute("started", Boolean.TRUE);
      events.add("before " + context.kind() + " batch " + context.batchSize());
    }

    @Override
    public void afterExecute(ExecutionContext context, @Nullable Throwable failure) {
      events.add(
          "after "
              + context.kind()
              + " rows "
              + context.rowCount()
              + (failure == null ? "" : " failed")
              + (context.attribute("started") == Boolean.TRUE ? "" : " (attribute lost)"));
      finished.add(context);
    }
  }

  private static Insert insertNamed() {
    return Sql.insertInto(PEOPLE)
        .set(NAME, Sql.param("name", SqlTypes.TEXT))
        .set(AGE, Sql.param("age", SqlTypes.INTEGER));
  }

  private static void seed(Connection connection) {
    connection.execute(insertPerson("ann", 30));
    connection.execute(insertPerson("bob", 40));
    connection.execute(Sql.insertInto(PEOPLE).set(NAME, "cid").setNull(AGE));
  }

  private static Select selectPeople() {
    return Sql.select(ID, NAME, AGE).orderBy(ID);
  }

  @DatabaseTest
  void resultMethods(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      seed(connection);
      Result all = connection.execute(selectPeople());
      assertThat(all.all()).hasSize(3);
      assertThat(all.rowCount()).isEqualTo(3);
      assertThat(all.first().get(NAME)).isEqualTo("ann");
      assertThat(all.scalar()).isEqualTo(1);
      assertThat(all.scalars(Integer.class)).containsExactly(1, 2, 3);
      assertThat(all.map(row -> row.get(NAME) + ":" + row.get(AGE)))
          .containsExactly("ann:30", "bob:40", "cid:null");
      assertThat(all.into(Person.class))
          .containsExactly(
              new Person(1, "ann", 30L), new Person(2, "bob", 40L), new Person(3, "cid", null));
      assertThat(all.labels()).hasSize(3);

      assertThatThrownBy(all::one)
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("Expected exactly one row but the statement returned 3 rows")
          .hasMessageContaining("SELECT people.id, people.name, people.age FROM people");
      assertThatThrownBy(all::oneOrNull)
          .hasMessageContaining("at most one row")
          .hasMessageContaining("3 rows");

      Select none = Sql.select(ID, NAME).where(ID.lt(0));
      Result empty = connection.execute(none);
      assertThat(empty.first()).isNull();
      assertThat(empty.oneOrNull()).isNull();
      assertThat(empty.scalar()).isNull();
      assertThat(empty.all()).isEmpty();
      assertThatThrownBy(empty::one).hasMessageContaining("returned none");

      Row bob = connection.execute(Sql.select(ID, NAME, AGE).where(NAME.eq("bob"))).one();
      assertThat(bob.get(ID)).isEqualTo(2);
      assertThat(bob.into(PersonName.class)).isEqualTo(new PersonName("bob"));
    }
  }

  @DatabaseTest
  void rowAccessByExpressionLabelAndIndex(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      seed(connection);
      Row row = connection.execute(Sql.select(ID, NAME, AGE).where(ID.eq(1))).one();
      Integer id = row.get(ID);
      String name = row.get(NAME);
      assertThat(id).isEqualTo(1);
      assertThat(name).isEqualTo("ann");
      assertThat(row.get(PEOPLE.column("age"))).isEqualTo(30);
      assertThat(row.get("name")).isEqualTo("ann");
      assertThat(row.get("NAME")).isEqualTo("ann");
      assertThat(row.get("age", Long.class)).isEqualTo(30L);
      assertThat(row.get(0)).isEqualTo(1);
      assertThat(row.get(1)).isEqualTo("ann");
      assertThat(row.size()).isEqualTo(3);

      assertThatThrownBy(() -> row.get("nope"))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("No column labelled 'nope'")
          .message()
          .containsIgnoringCase("[id, name, age]");
      assertThatThrownBy(() -> row.get(Sql.upper(NAME)))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("is not a column of this result");
      assertThatThrownBy(() -> row.get(3))
          .hasMessageContaining("out of range")
          .hasMessageContaining("counted from 0");
      assertThatThrownBy(() -> row.get("name", Integer.class))
          .hasMessageContaining("Cannot read name");
      assertThat(row.into(PersonName.class)).isEqualTo(new PersonName("ann"));
    }
  }

  @DatabaseTest
  void textStatementsReadLabelsFromMetadata(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      seed(connection);
      Row row =
          connection
              .execute(Sql.text("SELECT COUNT(*) AS total, MAX(age) AS oldest FROM people"))
              .one();
      assertThat(row.get("total", Long.class)).isEqualTo(3L);
      assertThat(row.get("oldest", Integer.class)).isEqualTo(40);
      assertThat(row.labels()).extracting(l -> l.toLowerCase()).containsExactly("total", "oldest");
      assertThatThrownBy(() -> row.get(ID)).hasMessageContaining("declares no result expressions");
    }
  }

  @DatabaseTest
  void namedParametersAndUpdateCounts(TestDb db) {
    createPeople(db);
    try (Connection connection = db.engine().connect()) {
      seed(connection);
      Update older =
          Sql.update(PEOPLE)
              .set(AGE, AGE.plus(1))
              .where(AGE.ge(Sql.param("min", SqlTypes.INTEGER)));
      assertThat(connection.executeUpdate(older, Map.of("min", 35))).isEqualTo(1);
      assertThat(connection.executeUpdate(older, Map.of("min", 0))).isEqualTo(2);
      Select byName = Sql.select(AGE).where(NAME.eq(Sql.param("name", SqlTypes.TEXT)));
      assertThat(connection.execute(byName, Map.of("name", "bob")).scalar(Integer.class))
          .isEqualTo(42);
      assertThatThrownBy(() -> connection.execute(byName, Map.of("nom", "bob")))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("No value for named parameter :name");
      assertThat(db.engine().cachedStatements()).isGreaterThanOrEqualTo(1);
      assertThat(db.engine().compile(byName)).isSameAs(db.engine().compile(byName));
    }
  }

  @DatabaseTest
  void executeManySendsOneBatch(TestDb db) {
    createPeople(db);
    Recorder recorder = new Recorder();
    Engine engine = Engine.builder(db.dataSource()).listener(recorder).batchSize(3).build();
    List<Map<String, ?>> sets = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      sets.add(Map.of("name", "p" + i, "age", i));
    }
    Insert insert = insertNamed();
    engine.transaction(
        connection -> {
          BatchResult result = connection.executeMany(insert, sets);
          assertThat(result.counts()).containsExactly(1, 1, 1, 1, 1, 1, 1);
          assertThat(result.totalCount()).isEqualTo(7);
          assertThat(result.roundTrips()).isEqualTo(3);
          assertThat(result.rows().all()).isEmpty();
        });
    assertThat(recorder.events)
        .containsExactly(
            "before INSERT batch 3",
            "after INSERT rows 3",
            "before INSERT batch 3",
            "after INSERT rows 3",
            "before INSERT batch 1",
            "after INSERT rows 1");
    assertThat(names(db)).containsExactly("p0", "p1", "p2", "p3", "p4", "p5", "p6");
  }

  @DatabaseTest
  void generatedKeysForSingleRowsAndBatches(TestDb db) {
    createPeople(db);
    Insert insert = insertNamed().returning(ID);
    boolean generatedKeys = db.engine().compile(insert).returning() == ReturningMode.GENERATED_KEYS;
    try (Connection connection = db.engine().connect()) {
      Result one = connection.execute(insert, Map.of("name", "ann", "age", 30));
      assertThat(one.rowCount()).isEqualTo(1);
      assertThat(one.one().get(ID)).isEqualTo(1);
      assertThat(one.one().get("id", Long.class)).isEqualTo(1L);

      List<Map<String, ?>> sets = new ArrayList<>();
      for (String name : List.of("bob", "cid", "dee")) {
        Map<String, Object> set = new HashMap<>();
        set.put("name", name);
        set.put("age", null);
        sets.add(set);
      }
      BatchResult batch = connection.executeMany(insert, sets);
      assertThat(batch.rows().all()).extracting(row -> row.get(ID)).containsExactly(2, 3, 4);
      assertThat(batch.roundTrips())
          .isEqualTo(
              generatedKeys
                  ? db.dialect().supportsBatchGeneratedKeys() ? 1 : 3
                  : db.dialect().supportsBatchReturning() ? 1 : 3);
      connection.commit();
    }
    assertThat(names(db)).containsExactly("ann", "bob", "cid", "dee");
  }

  @DatabaseTest({TestDatabase.POSTGRESQL, TestDatabase.SQLITE, TestDatabase.MARIADB})
  void nativeReturningRunsAsQuery(TestDb db) {
    createPeople(db);
    Insert insert = insertNamed().returning(ID, NAME);
    assertThat(db.engine().compile(insert).returning()).isEqualTo(ReturningMode.NATIVE);
    try (Connection connection = db.engine().connect()) {
      Row row = connection.execute(insert, Map.of("name", "ann", "age", 1)).one();
      assertThat(row.get(ID)).isEqualTo(1);
      assertThat(row.get(NAME)).isEqualTo("ann");
      BatchResult many =
          connection.executeMany(
              insert, List.of(Map.of("name", "bob", "age", 2), Map.of("name", "cid", "age", 3)));
      assertThat(many.rows().all()).extracting(r -> r.get(NAME)).containsExactly("bob", "cid");
      connection.commit();
    }
  }

  @DatabaseTest({TestDatabase.H2})
  void listenersSeeFailuresAndAttributes(TestDb db) {
    Recorder recorder = new Recorder();
    Engine engine = Engine.builder(db.dataSource()).listener(recorder).build();
    try (Connection connection = engine.connect()) {
      connection.execute(Sql.text("SELECT 1"));
      assertThatThrownBy(() -> connection.execute(Sql.text("SELECT * FROM missing")))
          .isInstanceOf(CairnException.class);
    }
    assertThat(recorder.events)
        .containsExactly(
            "before SELECT batch 1",
            "after SELECT rows 1",
            "before SELECT batch 1",
            "after SELECT rows -1 failed");
    ExecutionContext first = recorder.finished.get(0);
    assertThat(first.sql()).isEqualTo("SELECT 1");
    assertThat(first.elapsedNanos()).isPositive();
    assertThat(first.statement()).isEqualTo(Sql.text("SELECT 1"));
    assertThat(first.dialect().name()).isEqualTo("h2");
  }
}
