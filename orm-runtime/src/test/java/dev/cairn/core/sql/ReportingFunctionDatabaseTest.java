package dev.cairn.core.sql;

import static dev.cairn.core.sql.ReportingFixture.assertSameRows;
import static dev.cairn.core.sql.ReportingFixture.everywhere;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.math.BigDecimal;

/**
 * Text, number and window functions on the reporting fixture against hand-written SQL (issue 15,
 * item 7).
 */
class ReportingFunctionDatabaseTest {

  private final ReportingTables.Film film = ReportingTables.FILM;
  private final ReportingTables.Customer customer = ReportingTables.CUSTOMER;
  private final ReportingTables.Rental rental = ReportingTables.RENTAL;

  @DatabaseTest
  void textFunctions(TestDb db) {
    ReportingFixture.load(db);
    Select select =
        Sql.select(
                customer.customerId,
                Functions.nullif(customer.email, ""),
                Functions.substring(customer.lastName, 2, 3),
                Functions.substring(customer.firstName, 4),
                Sql.concat(Sql.inline("["), Functions.trim(customer.city), Sql.inline("]")),
                Sql.concat(Sql.inline("["), Functions.ltrim(customer.city), Sql.inline("]")),
                Sql.concat(Sql.inline("["), Functions.rtrim(customer.city), Sql.inline("]")),
                Functions.replace(customer.lastName, "S", "$"))
            .from(customer)
            .orderBy(customer.customerId);
    String substring = db.database() == TestDatabase.SQLITE ? "substr" : "SUBSTRING";
    String concat =
        db.database() == TestDatabase.MARIADB
            ? "CONCAT('[', %s(city), ']')"
            : "'[' || %s(city) || ']'";
    String byHand =
        "SELECT customer_id, NULLIF(email, ''), "
            + substring
            + "(last_name, 2, 3), "
            + substring
            + "(first_name, 4), "
            + String.format(concat, "TRIM")
            + ", "
            + String.format(concat, "LTRIM")
            + ", "
            + String.format(concat, "RTRIM")
            + ", REPLACE(last_name, 'S', '$') FROM customer ORDER BY customer_id";
    assertSameRows(
        db,
        select,
        everywhere(byHand),
        "1|mary@example.org|MIT|Y|[Lethbridge]|[Lethbridge ]|[  Lethbridge]|$MITH",
        "2|null|OHN|RICIA|[Woodridge]|[Woodridge  ]|[Woodridge]|JOHN$ON",
        "3|linda@example.org|ILL|DA|[Aurora]|[Aurora]|[ Aurora]|WILLIAM$",
        "4|barbara@example.org|ONE|BARA|[London]|[London]|[London]|JONE$",
        "5|null|ROW|ZABETH|[Sasebo]|[Sasebo]|[Sasebo]|BROWN");
  }

  @DatabaseTest
  void numberFunctions(TestDb db) {
    ReportingFixture.load(db);
    Select select =
        Sql.select(
                film.filmId,
                Functions.round(film.popularity, 1),
                Functions.round(film.popularity),
                Functions.round(film.rentalRate, 1),
                Functions.round(Functions.abs(film.popularity.minus(5.0)), 2),
                Functions.abs(film.rentalDuration.minus(5)),
                Functions.greatest(Sql.coalesce(film.length, 0), film.rentalDuration.times(20)),
                Functions.least(
                    Sql.coalesce(film.length, 0), film.rentalDuration.times(20), Sql.inline(100)))
            .from(film)
            .orderBy(film.filmId);
    String round1 =
        db.database() == TestDatabase.POSTGRESQL
            ? "ROUND(popularity::numeric, 1)::float8"
            : "ROUND(popularity, 1)";
    String round2 =
        db.database() == TestDatabase.POSTGRESQL
            ? "ROUND(ABS(popularity - 5.0)::numeric, 2)::float8"
            : "ROUND(ABS(popularity - 5.0), 2)";
    String greatest = db.database() == TestDatabase.SQLITE ? "MAX" : "GREATEST";
    String least = db.database() == TestDatabase.SQLITE ? "MIN" : "LEAST";
    String byHand =
        "SELECT film_id, "
            + round1
            + ", ROUND(popularity), ROUND(rental_rate, 1), "
            + round2
            + ", ABS(rental_duration - 5), "
            + greatest
            + "(COALESCE(length, 0), rental_duration * 20), "
            + least
            + "(COALESCE(length, 0), rental_duration * 20, 100) FROM film ORDER BY film_id";
    assertSameRows(
        db,
        select,
        everywhere(byHand),
        "1|7.3|7|1|2.26|1|120|86",
        "2|3.5|4|5|1.46|2|60|48",
        "3|null|null|3|null|2|140|50",
        "4|5.1|5|3|0.12|0|117|100",
        "5|8.9|9|3|3.87|1|130|100",
        "6|6|6|3|1.01|2|169|60",
        "7|9.4|9|5|4.44|1|120|62",
        "8|2.6|3|5|2.44|1|120|54",
        "9|4.1|4|3|0.93|2|114|60",
        "10|1.1|1|5|3.87|1|120|0");
    Select average = Sql.select(Functions.round(Sql.avg(film.length), 2)).from(film);
    String averageByHand =
        db.database() == TestDatabase.POSTGRESQL
            ? "SELECT ROUND(AVG(length)::numeric, 2)::float8 FROM film"
            : "SELECT ROUND(AVG(length), 2) FROM film";
    assertSameRows(db, average, everywhere(averageByHand), "92.22");
  }

  private Window perCustomer() {
    return Sql.window().partitionBy(rental.customerId).orderBy(rental.rentalDate, rental.rentalId);
  }

  @DatabaseTest
  void windowFunctions(TestDb db) {
    ReportingFixture.load(db);
    Window all =
        perCustomer().rowsBetween(FrameBound.unboundedPreceding(), FrameBound.unboundedFollowing());
    Select select =
        Sql.select(
                rental.rentalId,
                Functions.lag(rental.amount).over(perCustomer()),
                Functions.lead(rental.amount).over(perCustomer()),
                Functions.lag(rental.rentalId, 2).over(perCustomer()),
                Functions.ntile(3).over(Sql.window().orderBy(rental.rentalId)),
                Functions.firstValue(rental.amount).over(perCustomer()),
                Functions.lastValue(rental.amount).over(all))
            .from(rental)
            .orderBy(rental.rentalId);
    String window = "OVER (PARTITION BY customer_id ORDER BY rental_date, rental_id";
    String byHand =
        "SELECT rental_id, LAG(amount) "
            + window
            + "), LEAD(amount) "
            + window
            + "), LAG(rental_id, 2) "
            + window
            + "), NTILE(3) OVER (ORDER BY rental_id), FIRST_VALUE(amount) "
            + window
            + "), LAST_VALUE(amount) "
            + window
            + " ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)"
            + " FROM rental ORDER BY rental_id";
    assertSameRows(
        db,
        select,
        everywhere(byHand),
        "1|null|2.99|null|1|2.99|4.99",
        "2|null|0.99|null|1|4.99|3.99",
        "3|null|4.99|null|1|2.99|2.99",
        "4|2.99|2.99|null|1|2.99|4.99",
        "5|2.99|4.99|1|1|2.99|4.99",
        "6|4.99|3.99|null|1|4.99|3.99",
        "7|null|4.99|null|2|5.99|4.99",
        "8|5.99|4.99|null|2|5.99|4.99",
        "9|null|0.99|null|2|2.99|1.99",
        "10|2.99|1.99|null|2|2.99|1.99",
        "11|2.99|2.99|null|2|2.99|2.99",
        "12|0.99|null|2|3|4.99|3.99",
        "13|2.99|null|4|3|2.99|4.99",
        "14|4.99|null|7|3|5.99|4.99",
        "15|0.99|null|9|3|2.99|1.99",
        "16|4.99|null|3|3|2.99|2.99");
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.SQLITE, TestDatabase.POSTGRESQL})
  void lagAndLeadWithADefault(TestDb db) {
    ReportingFixture.load(db);
    BigDecimal zero = new BigDecimal("0.00");
    Select select =
        Sql.select(
                rental.rentalId,
                Functions.lag(rental.amount, 1, zero).over(perCustomer()),
                Functions.lead(rental.amount, 2, zero).over(perCustomer()))
            .from(rental)
            .where(rental.customerId.eq(1))
            .orderBy(rental.rentalId);
    String window = " OVER (PARTITION BY customer_id ORDER BY rental_date, rental_id)";
    assertSameRows(
        db,
        select,
        everywhere(
            "SELECT rental_id, LAG(amount, 1, 0)"
                + window
                + ", LEAD(amount, 2, 0)"
                + window
                + " FROM rental WHERE customer_id = 1 ORDER BY rental_id"),
        "1|0|2.99",
        "4|2.99|4.99",
        "5|2.99|0",
        "13|2.99|0");
  }

  @DatabaseTest(TestDatabase.MARIADB)
  void mariaDbRefusesADefaultForLag(TestDb db) {
    Select select =
        Sql.select(Functions.lead(rental.amount, 1, BigDecimal.ZERO).over(perCustomer()));
    assertThatThrownBy(() -> db.engine().transactionResult(c -> c.execute(select)))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Functions.lead with a default value is not supported by mariadb, whose LEAD takes no"
                + " third argument; leave the default out and wrap the window function in"
                + " Sql.coalesce(…, default), which also replaces NULL values");
  }
}
