package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.engine.BatchResult;
import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.ExecutionContext;
import dev.cairn.core.engine.ExecutionListener;
import dev.cairn.core.engine.Row;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.MetaData;
import dev.cairn.core.schema.ReferentialAction;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.Insert;
import dev.cairn.core.sql.ReturningMode;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Cairn Core from start to end, in the order of SQLAlchemy's Core tutorial: declare tables, create
 * them, insert many rows, query with joins and aggregates, change and upsert rows, delete with a
 * cascade, use transactions and savepoints, stream a large result and drop the schema. Runs on
 * every test database; each step states its exact result, and where the number of round trips is
 * the point, the statements an {@link ExecutionListener} saw.
 */
class CoreWalkthroughTest {

  /** Users: a generated key, a unique email and a karma that may not go negative. */
  static final class Users extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey().identity();
    final Column<String> name = column("name", SqlTypes.varchar(50)).notNull();
    final Column<String> email = column("email", SqlTypes.varchar(100)).notNull().unique();
    final Column<Integer> karma =
        column("karma", SqlTypes.INTEGER).notNull().defaultValue(0).check(c -> c.ge(0));

    Users() {
      super("users");
    }
  }

  /** Addresses belong to a user and go when the user goes (ON DELETE CASCADE). */
  static final class Addresses extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey().identity();
    final Column<Long> userId;
    final Column<String> city = column("city", SqlTypes.varchar(50)).notNull();

    Addresses(Users users) {
      super("addresses");
      userId =
          column("user_id", SqlTypes.BIGINT)
              .notNull()
              .references(users.id, ReferentialAction.CASCADE, ReferentialAction.NO_ACTION);
    }
  }

  /** A row of the join of users and addresses. */
  record UserCity(String name, String city) {}

  /** A row of the per-city aggregate. */
  record CityCount(String city, long residents) {}

  /** Records the kind of every statement the engine runs. */
  static final class Statements implements ExecutionListener {
    final List<String> kinds = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecute(ExecutionContext context) {
      kinds.add(context.kind().name());
    }

    /** The statements seen since the last call, and forgets them. */
    List<String> drain() {
      List<String> seen = List.copyOf(kinds);
      kinds.clear();
      return seen;
    }
  }

  private final Users users = new Users();
  private final Addresses addresses = new Addresses(users);
  private final MetaData metaData = new MetaData().add(users, addresses);
  private final Statements statements = new Statements();

  @DatabaseTest
  void walkthrough(TestDb db) {
    try (Engine engine = Engine.builder(db.dataSource()).listener(statements).build()) {
      createTheSchema(engine);
      List<Long> ids = insertManyUsers(engine);
      insertAddresses(engine, ids);
      selectAJoinIntoRecords(engine);
      aggregateWithGroupByAndHaving(engine);
      updateWithAnExpression(engine);
      upsertOnTheUniqueEmail(engine);
      deleteCascadesToAddresses(engine);
      aFailedTransactionLeavesNoTrace(engine);
      aSavepointUndoesOnlyItsOwnWork(engine);
      streamALargerResult(engine);
      dropTheSchema(engine);
    }
  }

  private void createTheSchema(Engine engine) {
    metaData.createAll(engine);
    assertThat(engine.tableExists("users")).isTrue();
    assertThat(engine.tableExists("addresses")).isTrue();
    assertThat(statements.drain())
        .as("the DDL, after and before the catalog queries that ask whether each table exists")
        .containsSubsequence("SELECT", "DDL")
        .filteredOn(kind -> !kind.equals("SELECT"))
        .isNotEmpty()
        .containsOnly("DDL");
  }

  /** executemany with named parameters; the generated keys come back in order. */
  private List<Long> insertManyUsers(Engine engine) {
    Insert insert =
        Sql.insertInto(users)
            .set(users.name, Sql.param("name", SqlTypes.TEXT))
            .set(users.email, Sql.param("email", SqlTypes.TEXT))
            .returning(users.id);
    BatchResult batch =
        engine.transactionResult(
            c ->
                c.executeMany(
                    insert,
                    List.of(
                        Map.of("name", "ann", "email", "ann@x.org"),
                        Map.of("name", "bob", "email", "bob@x.org"),
                        Map.of("name", "cid", "email", "cid@x.org"))));
    List<Long> ids = batch.rows().scalars(Long.class);
    assertThat(ids).containsExactly(1L, 2L, 3L);
    assertThat(batch.totalCount()).isEqualTo(3);
    boolean oneBatch =
        engine.compile(insert).returning() == ReturningMode.GENERATED_KEYS
            ? engine.dialect().supportsBatchGeneratedKeys()
            : engine.dialect().supportsBatchReturning();
    assertThat(statements.drain()).hasSize(oneBatch ? 1 : 3).containsOnly("INSERT");
    Integer karma =
        engine.transactionResult(
            c -> c.execute(Sql.select(Sql.sum(users.karma))).scalar(Integer.class));
    assertThat(karma).as("the client default of karma").isZero();
    statements.drain();
    return ids;
  }

  /** Without RETURNING, executemany is one JDBC batch: one round trip. */
  private void insertAddresses(Engine engine, List<Long> ids) {
    Insert insert =
        Sql.insertInto(addresses)
            .set(addresses.userId, Sql.param("user", SqlTypes.BIGINT))
            .set(addresses.city, Sql.param("city", SqlTypes.TEXT));
    engine.transaction(
        c ->
            c.executeMany(
                insert,
                List.of(
                    Map.of("user", ids.get(0), "city", "Oslo"),
                    Map.of("user", ids.get(0), "city", "Rome"),
                    Map.of("user", ids.get(1), "city", "Oslo"),
                    Map.of("user", ids.get(2), "city", "Lima"))));
    assertThat(statements.drain()).containsExactly("INSERT");
  }

  /** A join inferred from the foreign key, each row mapped into a record: one statement. */
  private void selectAJoinIntoRecords(Engine engine) {
    Select select =
        Sql.select(users.name, addresses.city).join(addresses).orderBy(users.name, addresses.city);
    List<UserCity> rows = engine.transactionResult(c -> c.execute(select).into(UserCity.class));
    assertThat(rows)
        .containsExactly(
            new UserCity("ann", "Oslo"),
            new UserCity("ann", "Rome"),
            new UserCity("bob", "Oslo"),
            new UserCity("cid", "Lima"));
    assertThat(statements.drain()).containsExactly("SELECT");
  }

  private void aggregateWithGroupByAndHaving(Engine engine) {
    Select perCity =
        Sql.select(addresses.city, Sql.count().as("residents"))
            .groupBy(addresses.city)
            .having(Sql.count().ge(1L))
            .orderBy(Sql.count().desc(), addresses.city.asc());
    List<CityCount> all = engine.transactionResult(c -> c.execute(perCity).into(CityCount.class));
    assertThat(all)
        .containsExactly(
            new CityCount("Oslo", 2), new CityCount("Lima", 1), new CityCount("Rome", 1));
    Select crowded = perCity.having(Sql.count().gt(1L));
    List<CityCount> few = engine.transactionResult(c -> c.execute(crowded).into(CityCount.class));
    assertThat(few).containsExactly(new CityCount("Oslo", 2));
    statements.drain();
  }

  private void updateWithAnExpression(Engine engine) {
    long changed =
        engine.transactionResult(
            c ->
                c.executeUpdate(
                    Sql.update(users)
                        .set(users.karma, users.karma.plus(10))
                        .where(users.name.in("ann", "bob"))));
    assertThat(changed).isEqualTo(2);
    assertThat(karmaByName(engine)).containsExactly("ann=10", "bob=10", "cid=0");
    statements.drain();
  }

  /** An existing email updates the row; a new one inserts. */
  private void upsertOnTheUniqueEmail(Engine engine) {
    engine.transaction(
        c -> {
          c.execute(
              Sql.upsert(users)
                  .set(users.name, "Ann Lee")
                  .set(users.email, "ann@x.org")
                  .onConflict(users.email)
                  .doUpdate(users.name));
          c.execute(
              Sql.upsert(users)
                  .set(users.name, "dee")
                  .set(users.email, "dee@x.org")
                  .onConflict(users.email)
                  .doUpdate(users.name));
        });
    assertThat(karmaByName(engine)).containsExactly("Ann Lee=10", "bob=10", "cid=0", "dee=0");
    statements.drain();
  }

  private void deleteCascadesToAddresses(Engine engine) {
    long deleted =
        engine.transactionResult(
            c -> c.executeUpdate(Sql.deleteFrom(users).where(users.email.eq("ann@x.org"))));
    assertThat(deleted).isEqualTo(1);
    List<String> cities =
        engine.transactionResult(
            c ->
                c.execute(Sql.select(addresses.city).orderBy(addresses.city))
                    .scalars(String.class));
    assertThat(cities).containsExactly("Lima", "Oslo");
    statements.drain();
  }

  /** The second insert breaks the unique email: the whole transaction rolls back. */
  private void aFailedTransactionLeavesNoTrace(Engine engine) {
    assertThatThrownBy(
            () ->
                engine.transaction(
                    c -> {
                      c.execute(newUser("eve", "eve@x.org"));
                      c.execute(newUser("bob again", "bob@x.org"));
                    }))
        .isInstanceOf(UniqueViolationException.class)
        .hasMessageContaining("INSERT INTO users");
    assertThat(karmaByName(engine)).containsExactly("bob=10", "cid=0", "dee=0");
    assertThat(statements.drain()).containsExactly("INSERT", "INSERT", "SELECT");
  }

  /** A failure inside a savepoint is undone alone; the outer transaction commits the rest. */
  private void aSavepointUndoesOnlyItsOwnWork(Engine engine) {
    engine.transaction(
        c -> {
          c.execute(newUser("fay", "fay@x.org"));
          assertThatThrownBy(
                  () ->
                      c.nested(
                          inner -> {
                            inner.execute(newUser("gus", "gus@x.org"));
                            inner.execute(
                                Sql.update(users).set(users.karma, -1).where(users.name.eq("gus")));
                          }))
              .as("the CHECK (karma >= 0) constraint")
              .isInstanceOf(IntegrityViolationException.class);
          c.execute(Sql.update(users).set(users.karma, 5).where(users.name.eq("fay")));
        });
    assertThat(karmaByName(engine))
        .containsExactly("bob=10", "cid=0", "dee=0", "fay=5")
        .doesNotContain("gus=0");
    statements.drain();
  }

  /** Rows read from an open cursor, a bounded number at a time. */
  private void streamALargerResult(Engine engine) {
    List<Map<String, ?>> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      many.add(Map.of("name", "user" + i, "email", "user" + i + "@bulk.org"));
    }
    Insert insert =
        Sql.insertInto(users)
            .set(users.name, Sql.param("name", SqlTypes.TEXT))
            .set(users.email, Sql.param("email", SqlTypes.TEXT));
    engine.transaction(c -> c.executeMany(insert, many));
    statements.drain();
    long count = 0;
    long karma = 0;
    try (Connection c = engine.connect();
        Stream<Row> rows =
            c.stream(
                Sql.select(users.name, users.karma)
                    .where(users.email.endsWith("@bulk.org"))
                    .orderBy(users.id))) {
      for (Row row : (Iterable<Row>) rows::iterator) {
        assertThat(row.get(users.name)).isEqualTo("user" + count);
        karma += row.get(users.karma);
        count++;
      }
    }
    assertThat(count).isEqualTo(2000);
    assertThat(karma).isZero();
    assertThat(statements.drain()).containsExactly("SELECT");
  }

  private void dropTheSchema(Engine engine) {
    metaData.dropAll(engine);
    assertThat(engine.tableExists("addresses")).isFalse();
    assertThat(engine.tableExists("users")).isFalse();
  }

  private Insert newUser(String name, String email) {
    return Sql.insertInto(users).set(users.name, name).set(users.email, email);
  }

  private List<String> karmaByName(Engine engine) {
    return engine.transactionResult(
        c ->
            c.execute(
                    Sql.select(users.name, users.karma)
                        .where(users.email.endsWith("@x.org"))
                        .orderBy(users.name))
                .map(row -> row.get(users.name) + "=" + row.get(users.karma)));
  }
}
