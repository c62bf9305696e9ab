package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.ExecutionContext;
import dev.cairn.core.engine.ExecutionListener;
import dev.cairn.core.engine.Row;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.MetaData;
import dev.cairn.core.schema.Table;
import dev.cairn.core.schema.TableAlias;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What Cairn Core says when it is used wrongly: each message names the thing at fault. */
class CoreMisuseTest {

  /** {@code pets(id, name, age)}. */
  static final class Pets extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey();
    final Column<String> name = column("name", SqlTypes.varchar(30)).notNull();
    final Column<Integer> age = column("age", SqlTypes.INTEGER);

    Pets() {
      super("pets");
    }
  }

  private final Pets pets = new Pets();

  private void createPets(Engine engine) {
    new MetaData().add(pets).createAll(engine);
    engine.transaction(
        c ->
            c.execute(
                Sql.insertInto(pets).set(pets.id, 1L).set(pets.name, "rex").set(pets.age, 3)));
  }

  @DatabaseTest
  void aClosedEngineRefusesStatementsAndConnections(TestDb db) {
    Engine engine = Engine.of(db.dataSource());
    createPets(engine);
    Connection open = engine.connect();
    engine.close();
    assertThatThrownBy(() -> open.execute(Sql.select(pets.name)))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Cannot execute a statement: the Engine of this connection was closed; close this"
                + " connection, then create a new Engine and connect again");
    assertThatThrownBy(() -> open.executeMany(Sql.select(pets.name), java.util.List.of()))
        .hasMessageContaining("the Engine of this connection was closed");
    open.close();
    assertThatThrownBy(() -> engine.transaction(c -> c.execute(Sql.select(pets.name))))
        .isInstanceOf(CairnException.class)
        .hasMessage("This Engine is closed; create a new one");
  }

  @DatabaseTest
  void rowGetOfAnExpressionNotSelectedNamesTheColumns(TestDb db) {
    createPets(db.engine());
    Row row = db.engine().transactionResult(c -> c.execute(Sql.select(pets.name, pets.age)).one());
    assertThat(row.get(pets.age)).isEqualTo(3);
    assertThatThrownBy(() -> row.get(pets.id))
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith("The expression pets.id is not a column of this result;")
        .message()
        .containsIgnoringCase("read by label from [name, age]");
    assertThatThrownBy(() -> row.get(Sql.upper(pets.name)))
        .hasMessageStartingWith("The expression UPPER(pets.name) is not a column of this result");
  }

  @Test
  void typedColumnLookup() {
    Column<Integer> age = pets.column("age", Integer.class);
    assertThat(age).isSameAs(pets.age);
    assertThatThrownBy(() -> pets.column("age", String.class))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Column pets.age holds java.lang.Integer (INTEGER), not java.lang.String;"
                + " look it up as column(\"age\", Integer.class)");
    TableAlias other = pets.as("other");
    assertThat(other.column("name", String.class)).isEqualTo(other.column(pets.name));
    assertThatThrownBy(() -> other.column("name", Long.class))
        .hasMessageStartingWith("Column pets.name holds java.lang.String");
  }

  @Test
  void unknownColumnNamesTheTableAndItsColumns() {
    assertThatThrownBy(() -> pets.column("agee"))
        .isInstanceOf(CairnException.class)
        .hasMessage("Table pets has no column 'agee'; its columns are [id, name, age]");
    assertThatThrownBy(() -> pets.column("agee", Integer.class))
        .hasMessage("Table pets has no column 'agee'; its columns are [id, name, age]");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aValueOfTheWrongTypeForAnUntypedColumnNamesTheColumn() {
    Column untyped = pets.column("age");
    String expected =
        "Column pets.age holds java.lang.Integer (INTEGER) but was given a java.lang.String;"
            + " pass a value of that type, or look the column up typed with"
            + " table.column(\"age\", Integer.class)";
    assertThatThrownBy(() -> untyped.eq("old"))
        .isInstanceOf(CairnException.class)
        .hasMessage(expected);
    assertThatThrownBy(() -> untyped.plus("1")).hasMessage(expected);
    assertThatThrownBy(() -> Sql.update(pets).set(untyped, "old"))
        .hasMessageStartingWith("Value for column pets.age is a java.lang.String")
        .hasMessageContaining("holds java.lang.Integer");
    assertThatThrownBy(() -> Sql.insertInto(pets).set(untyped, "old"))
        .hasMessageStartingWith("Value for column pets.age is a java.lang.String");
  }

  @DatabaseTest
  void typedLookupRunsOnEveryDatabase(TestDb db) {
    createPets(db.engine());
    Column<Integer> age = pets.column("age", Integer.class);
    long changed =
        db.engine()
            .transactionResult(
                c -> c.executeUpdate(Sql.update(pets).set(age, age.plus(1)).where(age.eq(3))));
    assertThat(changed).isEqualTo(1);
    Integer now =
        db.engine().transactionResult(c -> c.execute(Sql.select(age)).scalar(Integer.class));
    assertThat(now).isEqualTo(4);
  }

  @DatabaseTest({TestDatabase.MARIADB, TestDatabase.H2})
  void aFeatureTheDialectLacksFailsBeforeAnythingRuns(TestDb db) {
    createPets(db.engine());
    AtomicInteger executed = new AtomicInteger();
    Engine engine =
        Engine.builder(db.dataSource())
            .listener(
                new ExecutionListener() {
                  @Override
                  public void beforeExecute(ExecutionContext context) {
                    executed.incrementAndGet();
                  }
                })
            .build();
    TableAlias other = pets.as("other");
    Select full =
        Sql.select(pets.name, other.column(pets.name))
            .from(pets)
            .fullJoin(other, pets.id.eq(other.column(pets.id)));
    assertThatThrownBy(() -> engine.transaction(c -> c.execute(full)))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "FULL OUTER JOIN is not supported by "
                + db.dialect().name()
                + "; rewrite as a UNION of a LEFT and a RIGHT OUTER JOIN");
    assertThat(executed).hasValue(0);
  }
}
