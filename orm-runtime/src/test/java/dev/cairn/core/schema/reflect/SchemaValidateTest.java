package dev.cairn.core.schema.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.DdlCompiler;
import dev.cairn.core.schema.MetaData;
import dev.cairn.core.schema.SchemaProblem;
import dev.cairn.core.schema.SchemaProblem.Kind;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;

/** {@code MetaData.validate} of declared tables against the DVD-rental fixture. */
class SchemaValidateTest {

  /** The fixture's {@code film} as a user might declare it, right in the ways that matter. */
  static Table film() {
    Table film = new Table("film");
    film.column("film_id", SqlTypes.INTEGER).primaryKey().identity();
    film.column("title", SqlTypes.varchar(255)).notNull();
    film.column("description", SqlTypes.TEXT);
    film.column("language_id", SqlTypes.SMALLINT).notNull();
    film.column("length", SqlTypes.INTEGER);
    film.column("rental_rate", SqlTypes.numeric(4, 2)).notNull();
    film.column("rating", SqlTypes.nativeEnum("mpaa_rating", "G", "PG", "PG-13", "R", "NC-17"));
    film.column("last_update", SqlTypes.TIMESTAMP).notNull();
    return film;
  }

  @DatabaseTest
  void aMatchingDeclarationHasNoProblem(TestDb db) {
    RentalFixture.load(db);
    Table actor = new Table("actor");
    actor.column("actor_id", SqlTypes.BIGINT).primaryKey().identity();
    actor.column("first_name", SqlTypes.varchar(45)).notNull();
    actor.column("last_update", SqlTypes.TIMESTAMP).notNull();

    assertThat(new MetaData().add(film(), actor).validate(db.engine())).isEmpty();
  }

  @DatabaseTest
  void problemsNameTheTableAndColumnAndSayWhatToDo(TestDb db) {
    RentalFixture.load(db);
    Table film = new Table("film");
    film.column("film_id", SqlTypes.INTEGER).primaryKey();
    film.column("title", SqlTypes.varchar(300)).notNull();
    film.column("description", SqlTypes.TEXT).notNull();
    film.column("language_id", SqlTypes.SMALLINT);
    film.column("rental_rate", SqlTypes.numeric(6, 3)).notNull();
    film.column("replacement_cost", SqlTypes.varchar(10)).notNull();
    Column<String> director = film.column("director", SqlTypes.varchar(50));
    Table festival = new Table("festival");
    festival.column("id", SqlTypes.INTEGER).primaryKey();
    MetaData model = new MetaData().add(film, festival);

    List<SchemaProblem> problems = model.validate(db.engine());

    String addDirector = DdlCompiler.of(db.dialect()).addColumn(director);
    assertThat(problems)
        .extracting(SchemaProblem::kind, SchemaProblem::isError, SchemaProblem::message)
        .containsExactly(
            tuple(
                Kind.SIZE_MISMATCH,
                false,
                "column film.title holds at most 255 characters in the database but 300 in the"
                    + " model; widen the column in a migration, or declare the model's length to"
                    + " match; longer values fail"),
            tuple(
                Kind.NULLABILITY_MISMATCH,
                false,
                "column film.description accepts NULL in the database but is NOT NULL in the"
                    + " model; add NOT NULL in a migration, or make the model's column nullable;"
                    + " reading a NULL into a primitive field fails"),
            tuple(
                Kind.NULLABILITY_MISMATCH,
                false,
                "column film.language_id is NOT NULL in the database but nullable in the model;"
                    + " declare it notNull() (@Column(nullable = false)), or inserting a row"
                    + " without a value fails"),
            tuple(
                Kind.SIZE_MISMATCH,
                false,
                "column film.rental_rate is NUMERIC(4,2) in the database but NUMERIC(6,3) in the"
                    + " model; widen the column in a migration, or declare the model's precision"
                    + " to match; values that do not fit are rounded or fail"),
            tuple(
                Kind.TYPE_MISMATCH,
                true,
                "column film.replacement_cost is NUMERIC(5,2) in the database but VARCHAR(10) in"
                    + " the model; change the column in a migration, or declare the model's"
                    + " column as the database's type"),
            tuple(
                Kind.MISSING_COLUMN,
                true,
                "missing column film.director; add it in a migration ("
                    + addDirector
                    + "), or check the column name"),
            tuple(
                Kind.MISSING_TABLE,
                true,
                "missing table festival; create it in a migration (metaData.diff(engine) writes"
                    + " the DDL), or check the table name and the schema the connection uses"));
    assertThat(problems.get(5).table()).isEqualTo("film");
    assertThat(problems.get(5).column()).isEqualTo("director");
  }

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void aNativeEnumDeclaredAsTextIsAWarningSayingHowToDeclareIt(TestDb db) {
    RentalFixture.load(db);
    Table film = new Table("film");
    film.column("film_id", SqlTypes.INTEGER).primaryKey();
    film.column("rating", SqlTypes.varchar(5));

    assertThat(new MetaData().add(film).validate(db.engine()))
        .singleElement()
        .satisfies(problem -> assertThat(problem.isError()).isFalse())
        .satisfies(
            problem ->
                assertThat(problem.message())
                    .isEqualTo(
                        "column film.rating is of the enum type mpaa_rating in the database but"
                            + " VARCHAR(5) in the model; declare it"
                            + " SqlTypes.nativeEnum(\"mpaa_rating\") so that values bind as that"
                            + " type and comparisons with it work"));
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
