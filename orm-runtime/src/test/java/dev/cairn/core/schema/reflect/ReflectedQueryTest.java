package dev.cairn.core.schema.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Row;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.MetaData;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.Statement;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Core statements over reflected tables of the DVD-rental fixture, compared row by row with
 * hand-written SQL run over plain JDBC: joins inferred from reflected foreign keys (a composite one
 * too), native enums compared with text, timestamps written by the fixture's scripts, and writes.
 */
class ReflectedQueryTest {

  @DatabaseTest
  void joinsInferredFromReflectedForeignKeysMatchHandWrittenSql(TestDb db) {
    RentalFixture.load(db);
    MetaData dvd = new MetaData().reflect(db.engine());
    Table film = dvd.table("film");
    Table language = dvd.table("language");
    Column<String> rating = film.column("rating", String.class);

    Statement query =
        Sql.select(film.column("title"), language.column("name"), film.column("rental_rate"))
            .from(film)
            .join(language)
            .where(rating.in("G", "NC-17"))
            .orderBy(film.column("title"));

    assertThat(core(db, query))
        .isEqualTo(
            jdbc(
                db,
                "SELECT f.title, l.name, f.rental_rate FROM film f"
                    + " JOIN language l ON l.language_id = f.language_id"
                    + " WHERE f.rating IN ('G', 'NC-17') ORDER BY f.title"))
        .hasSize(4);
  }

  @DatabaseTest
  void aCompositeForeignKeyJoinsOnAllItsColumns(TestDb db) {
    RentalFixture.load(db);
    MetaData dvd = new MetaData().reflect(db.engine());
    Table award = dvd.table("film_award");
    Table filmActor = dvd.table("film_actor");
    Table actor = dvd.table("actor");
    Table film = dvd.table("film");

    Statement query =
        Sql.select(award.column("award"), actor.column("last_name"), film.column("title"))
            .from(award)
            .join(filmActor)
            .join(actor)
            .join(film)
            .orderBy(award.column("award"));

    assertThat(db.engine().compile(query).sql())
        .contains(
            "JOIN film_actor ON film_actor.actor_id = film_award.actor_id"
                + " AND film_actor.film_id = film_award.film_id");
    assertThat(core(db, query))
        .isEqualTo(
            jdbc(
                db,
                "SELECT w.award, a.last_name, f.title FROM film_award w"
                    + " JOIN film_actor fa ON fa.actor_id = w.actor_id AND fa.film_id = w.film_id"
                    + " JOIN actor a ON a.actor_id = fa.actor_id"
                    + " JOIN film f ON f.film_id = fa.film_id ORDER BY w.award"))
        .hasSize(3);
  }

  @DatabaseTest
  void groupsAndAggregatesOverReflectedColumns(TestDb db) {
    RentalFixture.load(db);
    MetaData dvd = new MetaData().reflect(db.engine());
    Table payment = dvd.table("payment");
    Table customer = dvd.table("customer");
    Expression<BigDecimal> amount = payment.column("amount", BigDecimal.class);
    Column<String> lastName = customer.column("last_name", String.class);

    Statement query =
        Sql.select(lastName, Sql.count(), Sql.sum(amount))
            .from(payment)
            .join(customer)
            .groupBy(lastName)
            .having(Sql.count().gt(1L))
            .orderBy(lastName);

    assertThat(core(db, query))
        .isEqualTo(
            jdbc(
                db,
                "SELECT c.last_name, COUNT(*), SUM(p.amount) FROM payment p"
                    + " JOIN customer c ON c.customer_id = p.customer_id"
                    + " GROUP BY c.last_name HAVING COUNT(*) > 1 ORDER BY c.last_name"))
        .hasSize(2);
  }

  @DatabaseTest
  void aNativeEnumColumnComparesWithTextAndTakesInsertsAndUpdates(TestDb db) {
    RentalFixture.load(db);
    MetaData dvd = new MetaData().reflect(db.engine());
    Table film = dvd.table("film");
    Column<String> title = film.column("title", String.class);
    Column<String> rating = film.column("rating", String.class);
    Column<Short> languageId = film.column("language_id", Short.class);

    db.engine()
        .transaction(
            connection -> {
              connection.execute(
                  Sql.insertInto(film)
                      .set(title, "Zorro Ark")
                      .set(languageId, (short) 1)
                      .set(rating, "R"));
              connection.execute(Sql.update(film).set(rating, "PG-13").where(rating.eq("NC-17")));
            });

    List<String> nc17 =
        db.engine()
            .transactionResult(
                c ->
                    c.execute(Sql.select(title).from(film).where(rating.eq("PG-13")).orderBy(title))
                        .scalars(String.class));
    assertThat(nc17).containsExactly("Adaptation Holes", "African Egg", "Agent Truman");
    assertThat(jdbc(db, "SELECT title, film_id FROM film WHERE rating = 'R'"))
        .as("the new row, with a key the database generated")
        .singleElement()
        .satisfies(row -> assertThat(row.get(0)).isEqualTo("Zorro Ark"))
        .satisfies(row -> assertThat(Integer.parseInt(row.get(1))).isGreaterThan(6));
  }

  @DatabaseTest
  void timestampsTheScriptsWroteCompareByValue(TestDb db) {
    RentalFixture.load(db);
    MetaData dvd = new MetaData().reflect(db.engine());
    Table rental = dvd.table("rental");
    Column<LocalDateTime> rentalDate = rental.column("rental_date", LocalDateTime.class);
    Column<?> id = rental.column("rental_id");

    assertThat(ids(db, Sql.select(id).from(rental).where(rentalDate.eq(at(5, 24, 22, 53, 30, 0)))))
        .as("stored as '2005-05-24 22:53:30'")
        .containsExactly(1);
    assertThat(
            ids(db, Sql.select(id).from(rental).where(rentalDate.eq(at(5, 25, 0, 2, 21, 500_000)))))
        .as("stored as '2005-05-25 00:02:21.5'")
        .containsExactly(7);
    assertThat(
            ids(db, Sql.select(id).from(rental).where(rentalDate.eq(at(5, 25, 0, 9, 2, 123_456)))))
        .as("stored as '2005-05-25 00:09:02.123456'")
        .containsExactly(8);
    assertThat(
            ids(
                db,
                Sql.select(id)
                    .from(rental)
                    .where(rentalDate.between(at(5, 24, 23, 3, 39, 0), at(5, 25, 0, 0, 0, 0)))
                    .orderBy(id)))
        .as("both bounds are rows, both included")
        .containsExactly(3, 4, 5, 6);
    assertThat(
            ids(
                db,
                Sql.select(id)
                    .from(rental)
                    .where(
                        rentalDate
                            .gt(at(5, 25, 0, 2, 21, 0))
                            .and(rentalDate.lt(at(5, 25, 0, 2, 22, 0))))))
        .as("a fraction sorts after its whole second and before the next")
        .containsExactly(7);
    Table actor = dvd.table("actor");
    Column<LocalDateTime> lastUpdate = actor.column("last_update", LocalDateTime.class);
    LocalDateTime twoDigits = LocalDateTime.of(2013, 5, 26, 14, 47, 57, 620_000_000);
    Long updated =
        db.engine()
            .transactionResult(
                c ->
                    c.execute(Sql.select(Sql.count()).from(actor).where(lastUpdate.eq(twoDigits)))
                        .scalar(Long.class));
    assertThat(updated).as("stored as '2013-05-26 14:47:57.62'").isEqualTo(5L);
  }

  private static LocalDateTime at(
      int month, int day, int hour, int minute, int second, int micros) {
    return LocalDateTime.of(2005, month, day, hour, minute, second, micros * 1000);
  }

  private static List<Integer> ids(TestDb db, Statement query) {
    return db.engine()
        .transactionResult(
            c -> c.execute(query).scalars().stream().map(v -> ((Number) v).intValue()).toList());
  }

  private static List<List<String>> core(TestDb db, Statement query) {
    return db.engine()
        .transactionResult(
            connection -> {
              List<List<String>> rows = new ArrayList<>();
              for (Row row : run(connection, query)) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                  values.add(normal(row.get(i)));
                }
                rows.add(values);
              }
              return rows;
            });
  }

  private static List<Row> run(Connection connection, Statement query) {
    return connection.execute(query).all();
  }

  private static List<List<String>> jdbc(TestDb db, String sql) {
    return RentalFixture.jdbc(db, sql).stream()
        .map(row -> row.stream().map(ReflectedQueryTest::normal).toList())
        .toList();
  }

  /** A value as comparable text: numbers without trailing zeros, everything else as printed. */
  private static String normal(Object value) {
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }
}
