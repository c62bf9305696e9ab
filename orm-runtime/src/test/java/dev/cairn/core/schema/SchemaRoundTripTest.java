package dev.cairn.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.time.DayOfWeek;
import java.util.List;

/**
 * What Cairn creates, reflection reads back as equal: a schema of every type, keys, constraints and
 * indexes validates without a problem and diffs to nothing, on every database.
 */
class SchemaRoundTripTest {

  /** One column of every type, with keys, a unique constraint, indexes and a check. */
  static final class Everything extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey().identity();
    final Column<String> code = column("code", SqlTypes.varchar(20)).notNull().unique();

    Everything() {
      super("everything");
      type("small", SqlTypes.SMALLINT);
      type("whole", SqlTypes.INTEGER);
      type("text_value", SqlTypes.TEXT);
      type("flag", SqlTypes.BOOLEAN).notNull().serverDefaultValue(false);
      type("amount", SqlTypes.numeric(12, 3));
      type("unbounded_amount", SqlTypes.NUMERIC);
      type("ratio", SqlTypes.REAL);
      type("measure", SqlTypes.DOUBLE);
      type("birth_day", SqlTypes.DATE);
      type("clock", SqlTypes.TIME);
      type("moment", SqlTypes.TIMESTAMP).serverDefault("CURRENT_TIMESTAMP");
      type("zoned", SqlTypes.TIMESTAMP_TZ);
      type("instant", SqlTypes.INSTANT);
      type("uuid", SqlTypes.UUID_TYPE);
      type("payload", SqlTypes.BINARY);
      type("digest", SqlTypes.binary(16));
      type("weekday", SqlTypes.enumType(DayOfWeek.class));
      type("document", SqlTypes.JSON);
      index(column("code"), column("birth_day"));
      uniqueIndex("ux_everything_uuid", column("uuid"));
      check("ck_everything_whole", "whole >= 0");
    }

    private <T> Column<T> type(String name, SqlType<T> type) {
      return column(name, type);
    }
  }

  /** A child with a composite key and a composite foreign key to it, and a self-reference. */
  static final class Child extends Table {
    final Column<Long> parentId;
    final Column<Integer> position = column("position", SqlTypes.INTEGER).notNull();

    Child(Everything parent) {
      super("child");
      parentId =
          column("parent_id", SqlTypes.BIGINT)
              .notNull()
              .references(parent.id, ReferentialAction.CASCADE, ReferentialAction.NO_ACTION);
      primaryKey(parentId, position);
    }
  }

  /** A grandchild referencing the child's composite key. */
  static final class Grandchild extends Table {
    Grandchild(Child child) {
      super("grandchild");
      Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey();
      Column<Long> parent = column("parent_id", SqlTypes.BIGINT).notNull();
      Column<Integer> position = column("position", SqlTypes.INTEGER).notNull();
      Column<Long> previous = column("previous_id", SqlTypes.BIGINT);
      foreignKey(
          "fk_grandchild_child",
          List.of(parent, position),
          List.of(child.parentId, child.position),
          ReferentialAction.CASCADE,
          ReferentialAction.NO_ACTION);
      foreignKey(List.of(previous), List.of(id));
    }
  }

  private static MetaData model() {
    Everything everything = new Everything();
    Child child = new Child(everything);
    return new MetaData().add(everything, child, new Grandchild(child));
  }

  @DatabaseTest
  void whatCairnCreatedValidatesAndDiffsToNothing(TestDb db) {
    MetaData model = model();
    model.createAll(db.engine());

    assertThat(model.validate(db.engine())).isEmpty();
    SchemaDiff diff = model.diff(db.engine());
    assertThat(diff.statements(true)).isEmpty();
    assertThat(diff.problems()).isEmpty();
    assertThat(model().diff(db.engine()).isEmpty(true))
        .as("a fresh model of equal tables")
        .isTrue();
  }

  @DatabaseTest
  void reflectedTablesCreateTheSameSchemaElsewhere(TestDb db) {
    MetaData model = model();
    model.createAll(db.engine());
    MetaData reflected = new MetaData().reflect(db.engine());

    model.dropAll(db.engine());
    reflected.createAll(db.engine());

    assertThat(model.validate(db.engine())).isEmpty();
    assertThat(model.diff(db.engine()).isEmpty(true)).isTrue();
  }
}
