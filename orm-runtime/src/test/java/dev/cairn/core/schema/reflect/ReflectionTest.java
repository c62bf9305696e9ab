package dev.cairn.core.schema.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.ForeignKey;
import dev.cairn.core.schema.Index;
import dev.cairn.core.schema.MetaData;
import dev.cairn.core.schema.ReferentialAction;
import dev.cairn.core.schema.Table;
import dev.cairn.core.schema.UniqueConstraint;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reflection of the DVD-rental fixture, a schema Cairn did not create, on every database. */
class ReflectionTest {

  private static final String[] RATINGS = {"G", "PG", "PG-13", "R", "NC-17"};

  @DatabaseTest
  void readsEveryBaseTableAndNoView(TestDb db) {
    RentalFixture.load(db);

    MetaData metaData = new MetaData().reflect(db.engine());

    assertThat(metaData.tables()).extracting(Table::name).isEqualTo(RentalFixture.TABLES);
    assertThat(db.engine().inspector().tableNames()).isEqualTo(RentalFixture.TABLES);
    assertThat(db.engine().tableExists("film_list")).as("a view").isFalse();
    assertThat(db.engine().tableExists("film")).isTrue();
  }

  @DatabaseTest
  void readsColumnsWithTheirTypesNullabilityDefaultsAndIdentity(TestDb db) {
    RentalFixture.load(db);

    Table film = new MetaData().reflectTable(db.engine(), "film");

    Map<String, SqlType<?>> types = new LinkedHashMap<>();
    film.columns().forEach(column -> types.put(column.name(), column.type()));
    assertThat(types).containsExactlyEntriesOf(expectedFilmTypes(db.database()));
    assertThat(film.columns().stream().filter(Column::nullable).map(Column::name))
        .containsExactly("description", "release_year", "length", "rating", "special_features");
    Column<?> id = film.column("film_id");
    assertThat(id.options().identity()).as("serial / identity / AUTO_INCREMENT / rowid").isTrue();
    assertThat(film.primaryKey()).containsExactly(id);
    assertThat(String.valueOf(film.column("rental_duration").options().serverDefault()))
        .isEqualTo("3");
    assertThat(String.valueOf(film.column("rental_rate").options().serverDefault()))
        .isEqualTo("4.99");
    assertThat(String.valueOf(film.column("rating").options().serverDefault()))
        .isEqualTo(db.database() == TestDatabase.POSTGRESQL ? "'G'::mpaa_rating" : "'G'");
    assertThat(film.column("last_update").options().serverDefault()).isNotNull();
    assertThat(film.column("title").options().serverDefault()).isNull();
  }

  private static Map<String, SqlType<?>> expectedFilmTypes(TestDatabase database) {
    boolean maria = database == TestDatabase.MARIADB;
    Map<String, SqlType<?>> types = new LinkedHashMap<>();
    types.put("film_id", database == TestDatabase.SQLITE ? SqlTypes.BIGINT : SqlTypes.INTEGER);
    types.put("title", SqlTypes.varchar(255));
    types.put("description", SqlTypes.TEXT);
    types.put("release_year", maria ? SqlTypes.SMALLINT : SqlTypes.INTEGER);
    types.put("language_id", SqlTypes.SMALLINT);
    types.put("rental_duration", SqlTypes.SMALLINT);
    types.put("rental_rate", SqlTypes.numeric(4, 2));
    types.put("length", maria ? SqlTypes.INTEGER : SqlTypes.SMALLINT);
    types.put("replacement_cost", SqlTypes.numeric(5, 2));
    types.put(
        "rating",
        switch (database) {
          case POSTGRESQL -> SqlTypes.nativeEnum("mpaa_rating", RATINGS);
          case H2, MARIADB -> SqlTypes.nativeEnum("enum", RATINGS);
          case SQLITE -> SqlTypes.varchar(10);
        });
    types.put(
        "special_features",
        switch (database) {
          case POSTGRESQL -> SqlTypes.other("text[]");
          case H2 -> SqlTypes.other("ARRAY");
          case MARIADB ->
              SqlTypes.other("set('Trailers','Commentaries','Deleted Scenes','Behind the Scenes')");
          case SQLITE -> SqlTypes.varchar(100);
        });
    types.put("last_update", SqlTypes.TIMESTAMP);
    return types;
  }

  @DatabaseTest
  void readsCompositeKeysForeignKeysWithTheirActionsUniqueConstraintsAndIndexes(TestDb db) {
    RentalFixture.load(db);

    MetaData metaData = new MetaData().reflect(db.engine());

    Table filmActor = metaData.table("film_actor");
    assertThat(filmActor.primaryKey())
        .extracting(Column::name)
        .containsExactly("actor_id", "film_id");
    Table award = metaData.table("film_award");
    assertThat(award.foreignKeys()).hasSize(1);
    ForeignKey composite = award.foreignKeys().get(0);
    assertThat(composite.name()).isEqualTo("film_award_film_actor_fkey");
    assertThat(composite.describe())
        .isEqualTo("film_award(actor_id, film_id) -> film_actor(actor_id, film_id)");
    assertThat(composite.target()).isSameAs(filmActor);
    assertThat(composite.onDelete()).isEqualTo(ReferentialAction.CASCADE);
    ForeignKey rental = key(metaData.table("payment"), "rental");
    assertThat(rental.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
    assertThat(rental.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
    ForeignKey language = key(metaData.table("film"), "language");
    assertThat(language.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
    assertThat(language.describe()).isEqualTo("film(language_id) -> language(language_id)");
    assertThat(metaData.table("category").uniqueConstraints())
        .extracting(UniqueConstraint::name)
        .containsExactly("category_name_key");
    assertThat(metaData.table("customer").uniqueConstraints())
        .extracting(unique -> unique.columns().get(0).name())
        .containsExactly("email");
    assertThat(metaData.table("film").indexes())
        .extracting(Index::name)
        .containsExactly("idx_fk_language_id", "idx_title");
    List<Index> rentalIndexes = metaData.table("rental").indexes();
    List<UniqueConstraint> rentalUniques = metaData.table("rental").uniqueConstraints();
    if (db.database() == TestDatabase.MARIADB) {
      assertThat(rentalIndexes).as("a unique index is a unique constraint in MariaDB").isEmpty();
      assertThat(rentalUniques)
          .extracting(UniqueConstraint::name)
          .containsExactly("idx_unq_rental_rental_date_inventory_id_customer_id");
    } else {
      assertThat(rentalUniques).isEmpty();
      assertThat(rentalIndexes).hasSize(1);
      assertThat(rentalIndexes.get(0).unique()).isTrue();
      assertThat(rentalIndexes.get(0).columns())
          .extracting(Column::name)
          .containsExactly("rental_date", "inventory_id", "customer_id");
    }
    assertThat(metaData.table("inventory").indexes())
        .as("only the index the script created, not those behind keys")
        .extracting(Index::name)
        .containsExactly("idx_store_id_film_id");
  }

  private static ForeignKey key(Table table, String target) {
    return table.foreignKeys().stream()
        .filter(key -> key.target().name().equals(target))
        .findFirst()
        .orElseThrow();
  }

  @DatabaseTest
  void aTableIsReadWithTheTablesItsForeignKeysReference(TestDb db) {
    RentalFixture.load(db);
    MetaData metaData = new MetaData();

    Table award = metaData.reflectTable(db.engine(), "film_award");

    assertThat(metaData.tables())
        .extracting(Table::name)
        .containsExactlyInAnyOrder("film_award", "film_actor", "actor", "film", "language");
    assertThat(metaData.reflectTable(db.engine(), "film_actor"))
        .as("a table the MetaData has is not read again")
        .isSameAs(award.foreignKeys().get(0).target());
  }

  @DatabaseTest
  void aMissingTableIsAnErrorNamingIt(TestDb db) {
    RentalFixture.load(db);

    assertThatThrownBy(() -> new MetaData().reflect(db.engine(), "film", "films", "actors"))
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith(
            "No tables films, actors in the current schema of the "
                + db.dialect().name()
                + " database; its tables are [actor, category,")
        .hasMessageEndingWith("]. Check the name, or the schema the connection uses");
  }

  @DatabaseTest
  void namesComeBackAsCairnRendersThem(TestDb db) {
    String quote = db.database() == TestDatabase.MARIADB ? "`" : "\"";
    db.executeJdbc(
        "CREATE TABLE plain_name (id INTEGER PRIMARY KEY, Mixed_Case INTEGER)",
        "CREATE TABLE "
            + quote
            + "Odd Table"
            + quote
            + " ("
            + quote
            + "Some Column"
            + quote
            + " INTEGER)");

    MetaData metaData = new MetaData().reflect(db.engine());

    boolean folds = db.database() == TestDatabase.H2 || db.database() == TestDatabase.POSTGRESQL;
    Table plain = metaData.table("plain_name");
    assertThat(plain.name()).isEqualTo("plain_name");
    assertThat(plain.columns())
        .extracting(Column::name)
        .containsExactly("id", folds ? "mixed_case" : "Mixed_Case");
    Table odd = metaData.table("Odd Table");
    assertThat(odd.name()).isEqualTo("Odd Table");
    assertThat(odd.columns()).extracting(Column::name).containsExactly("Some Column");
    assertThat(db.engine().tableExists("Odd Table")).isTrue();
    Inspector inspector = db.engine().inspector();
    if (db.database() == TestDatabase.H2 || db.database() == TestDatabase.SQLITE) {
      assertThat(inspector.table("PLAIN_NAME").name())
          .as("H2 stores the unquoted name upper case, SQLite matches names ignoring case")
          .isEqualTo("plain_name");
    } else {
      assertThatThrownBy(() -> inspector.table("PLAIN_NAME"))
          .as("a quoted PLAIN_NAME is another table here")
          .hasMessageStartingWith("No table PLAIN_NAME");
    }
  }

  @DatabaseTest(TestDatabase.SQLITE)
  void aSqliteLengthCheckGivesTheTextColumnItsLength(TestDb db) {
    db.executeJdbc(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL CHECK (length(title) <= 80),"
            + " \"Body\" TEXT, tag TEXT, CONSTRAINT ck_notes_body CHECK (length(\"Body\") <= 2000))");

    Table notes = new MetaData().reflectTable(db.engine(), "notes");

    assertThat(notes.columns())
        .extracting(Column::name, Column::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("id", SqlTypes.BIGINT),
            org.assertj.core.groups.Tuple.tuple("title", SqlTypes.varchar(80)),
            org.assertj.core.groups.Tuple.tuple("Body", SqlTypes.varchar(2000)),
            org.assertj.core.groups.Tuple.tuple("tag", SqlTypes.TEXT));
    assertThat(notes.column("id").options().identity()).as("the rowid").isTrue();
  }
}
