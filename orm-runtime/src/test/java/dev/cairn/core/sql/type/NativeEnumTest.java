package dev.cairn.core.sql.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.SqlGrammarException;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.MetaData;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.Sql;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SqlTypes#nativeEnum}: a column of a database enum type, compared with plain text. */
class NativeEnumTest {

  private static final SqlType<String> RATING =
      SqlTypes.nativeEnum("mpaa_rating", "G", "PG", "PG-13", "R", "NC-17");

  /** {@code films(id, title, rating mpaa_rating)}. */
  static final class Films extends Table {
    final Column<Integer> id = column("id", SqlTypes.INTEGER).primaryKey();
    final Column<String> title = column("title", SqlTypes.varchar(50)).notNull();
    final Column<String> rating = column("rating", RATING);

    Films() {
      super("films");
    }
  }

  @Test
  void ddlNamesTheTypeOnPostgresqlAndListsTheLabelsElsewhere() {
    assertThat(Dialects.POSTGRESQL.types().ddlTypeName(RATING)).isEqualTo("mpaa_rating");
    assertThat(Dialects.POSTGRESQL.types().ddlTypeName(SqlTypes.nativeEnum("Rating")))
        .isEqualTo("\"Rating\"");
    String labels = "ENUM('G', 'PG', 'PG-13', 'R', 'NC-17')";
    assertThat(Dialects.H2.types().ddlTypeName(RATING)).isEqualTo(labels);
    assertThat(Dialects.MYSQL.types().ddlTypeName(RATING)).isEqualTo(labels);
    assertThat(Dialects.MARIADB.types().ddlTypeName(RATING)).isEqualTo(labels);
    assertThat(Dialects.SQLITE.types().ddlTypeName(RATING)).isEqualTo("TEXT");
    assertThat(Dialects.MYSQL.types().literal(RATING, "PG-13")).isEqualTo("'PG-13'");
    assertThat(RATING.toString()).isEqualTo("ENUM mpaa_rating[G, PG, PG-13, R, NC-17]");
    assertThatThrownBy(() -> Dialects.MARIADB.types().ddlTypeName(SqlTypes.nativeEnum("mood")))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "mariadb cannot store ENUM mood[]: an inline ENUM needs its labels; declare them,"
                + " SqlTypes.nativeEnum(\"mood\", \"A\", \"B\")");
  }

  @DatabaseTest
  void valuesBindSoThatComparisonsWithTheEnumColumnWork(TestDb db) {
    if (db.database() == TestDatabase.POSTGRESQL) {
      db.executeJdbc("CREATE TYPE mpaa_rating AS ENUM ('G', 'PG', 'PG-13', 'R', 'NC-17')");
    }
    Films films = new Films();
    new MetaData().add(films).createAll(db.engine());

    db.engine()
        .transaction(
            c -> {
              c.execute(
                  Sql.insertInto(films)
                      .set(films.id, 1)
                      .set(films.title, "Academy")
                      .set(films.rating, "PG"));
              c.execute(
                  Sql.insertInto(films)
                      .set(films.id, 2)
                      .set(films.title, "Adaptation")
                      .set(films.rating, "NC-17"));
              c.execute(
                  Sql.insertInto(films)
                      .set(films.id, 3)
                      .set(films.title, "Agent")
                      .set(films.rating, "PG-13"));
              c.execute(Sql.update(films).set(films.rating, "R").where(films.rating.eq("PG-13")));
            });

    List<String> found =
        db.engine()
            .transactionResult(
                c ->
                    c.execute(
                            Sql.select(films.title)
                                .from(films)
                                .where(films.rating.eq("NC-17").or(films.rating.in("R", "G")))
                                .orderBy(films.title))
                        .scalars(String.class));
    assertThat(found).containsExactly("Adaptation", "Agent");
    String first =
        db.engine()
            .transactionResult(
                c ->
                    c.execute(Sql.select(films.rating).from(films).where(films.id.eq(1)))
                        .scalar(String.class));
    assertThat(first).isEqualTo("PG");
  }

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void plainTextAgainstAPostgresqlEnumIsTheErrorNativeEnumAvoids(TestDb db) {
    db.executeJdbc(
        "CREATE TYPE mpaa_rating AS ENUM ('G', 'PG', 'PG-13', 'R', 'NC-17')",
        "CREATE TABLE films (id INTEGER PRIMARY KEY, rating mpaa_rating)");
    Table films = new MetaData().reflectTable(db.engine(), "films");
    assertThat(films.column("rating").type()).isEqualTo(RATING);

    assertThatThrownBy(
            () ->
                db.engine()
                    .transaction(
                        c ->
                            c.execute(
                                Sql.select(Sql.count())
                                    .from(films)
                                    .where(
                                        Sql.value(SqlTypes.TEXT, "NC-17")
                                            .eq(films.column("rating", String.class))))))
        .isInstanceOf(SqlGrammarException.class)
        .hasMessageContaining("operator does not exist");
  }
}
