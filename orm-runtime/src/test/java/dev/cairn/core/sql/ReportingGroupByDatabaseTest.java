package dev.cairn.core.sql;

import static dev.cairn.core.sql.ReportingFixture.assertSameRows;
import static dev.cairn.core.sql.ReportingFixture.everywhere;

import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.math.BigDecimal;
import java.util.Map;

/**
 * GROUP BY of expressions that hold values, on the reporting fixture, against hand-written SQL
 * (issue 15, item 4): the queries that failed on PostgreSQL and H2 before.
 */
class ReportingGroupByDatabaseTest {

  private final ReportingTables.Film film = ReportingTables.FILM;
  private final ReportingTables.Rental rental = ReportingTables.RENTAL;

  private static final String BUCKET_SQL =
      "CASE WHEN length < 60 THEN 'short' WHEN length < 120 THEN 'medium' ELSE 'long' END";

  private Expression<String> bucket() {
    return Sql.caseWhen(film.length.lt(60), "short")
        .when(film.length.lt(120), "medium")
        .otherwise("long");
  }

  @DatabaseTest
  void caseWithBoundValuesInSelectGroupByAndOrderBy(TestDb db) {
    ReportingFixture.load(db);
    Select select =
        Sql.select(bucket(), Sql.count()).from(film).groupBy(bucket()).orderBy(bucket().desc());
    String byHand = "SELECT " + BUCKET_SQL + " AS b, COUNT(*) FROM film GROUP BY b ORDER BY b DESC";
    assertSameRows(db, select, everywhere(byHand), "short|3", "medium|4", "long|3");
  }

  @DatabaseTest
  void groupByALabelledExpression(TestDb db) {
    ReportingFixture.load(db);
    Expression<String> labelled = bucket().as("bucket");
    Expression<Long> films = Sql.count().as("films");
    Select select =
        Sql.select(labelled, films, Sql.max(film.length).as("longest"))
            .from(film)
            .groupBy(labelled)
            .having(Sql.count().gt(2L))
            .orderBy(labelled);
    String byHand =
        "SELECT "
            + BUCKET_SQL
            + " AS bucket, COUNT(*) AS films, MAX(length) AS longest FROM film"
            + " GROUP BY "
            + BUCKET_SQL
            + " HAVING COUNT(*) > 2 ORDER BY bucket";
    assertSameRows(db, select, everywhere(byHand), "long|3|169", "medium|4|117", "short|3|54");
  }

  private static Expression<String> inlineBucket(ReportingTables.Film film) {
    return Sql.caseWhen(film.length.lt(Sql.inline(60)), Sql.inline("short"))
        .when(film.length.lt(Sql.inline(120)), Sql.inline("medium"))
        .otherwise(Sql.inline("long"));
  }

  @DatabaseTest
  void inlineConstantsInGroupBy(TestDb db) {
    ReportingFixture.load(db);
    Expression<String> inline = inlineBucket(film);
    Select select =
        Sql.select(inline, Sql.sum(film.rentalRate))
            .from(film)
            .groupBy(inline)
            .having(Sql.sum(film.rentalRate).gt(new BigDecimal("11.00")))
            .orderBy(inline);
    String byHand =
        "SELECT "
            + BUCKET_SQL
            + ", SUM(rental_rate) FROM film GROUP BY "
            + BUCKET_SQL
            + " HAVING SUM(rental_rate) > 11 ORDER BY "
            + BUCKET_SQL;
    assertSameRows(db, select, everywhere(byHand), "medium|11.96", "short|12.97");
  }

  /**
   * A HAVING over the grouped CASE itself, which PostgreSQL refuses with bound values. H2 2.4
   * rejects a CASE over columns in HAVING and MariaDB finds no column in it, even in hand-written
   * SQL; there, filter an outer query over the grouped one instead.
   */
  @DatabaseTest({TestDatabase.SQLITE, TestDatabase.POSTGRESQL})
  void inlineConstantsInHaving(TestDb db) {
    ReportingFixture.load(db);
    Expression<String> inline = inlineBucket(film);
    Select select =
        Sql.select(inline, Sql.count())
            .from(film)
            .groupBy(inline)
            .having(inline.ne(Sql.inline("long")))
            .orderBy(inline);
    String byHand =
        "SELECT "
            + BUCKET_SQL
            + ", COUNT(*) FROM film GROUP BY "
            + BUCKET_SQL
            + " HAVING "
            + BUCKET_SQL
            + " <> 'long' ORDER BY 1";
    assertSameRows(db, select, everywhere(byHand), "medium|4", "short|3");
  }

  @DatabaseTest
  void groupByDatePartsAndASubstringWithBoundBounds(TestDb db) {
    ReportingFixture.load(db);
    Expression<Integer> year = Functions.extract(DatePart.YEAR, rental.rentalDate);
    Expression<Integer> quarter = Functions.extract(DatePart.QUARTER, rental.rentalDate);
    Select perQuarter =
        Sql.select(year, quarter, Sql.count(), Sql.sum(rental.amount))
            .from(rental)
            .groupBy(year, quarter)
            .orderBy(year, quarter);
    Map<TestDatabase, String> byHand =
        Map.of(
            TestDatabase.H2,
            "SELECT EXTRACT(YEAR FROM rental_date) y, EXTRACT(QUARTER FROM rental_date) q,"
                + " COUNT(*), SUM(amount) FROM rental GROUP BY y, q ORDER BY y, q",
            TestDatabase.POSTGRESQL,
            "SELECT date_part('year', rental_date), date_part('quarter', rental_date), COUNT(*),"
                + " SUM(amount) FROM rental GROUP BY 1, 2 ORDER BY 1, 2",
            TestDatabase.MARIADB,
            "SELECT YEAR(rental_date), QUARTER(rental_date), COUNT(*), SUM(amount) FROM rental"
                + " GROUP BY 1, 2 ORDER BY 1, 2",
            TestDatabase.SQLITE,
            "SELECT CAST(strftime('%Y', rental_date) AS INTEGER) y,"
                + " (CAST(strftime('%m', rental_date) AS INTEGER) + 2) / 3 q, COUNT(*),"
                + " SUM(amount) FROM rental GROUP BY y, q ORDER BY y, q");
    assertSameRows(
        db,
        perQuarter,
        byHand,
        "2005|1|3|10.97",
        "2005|2|5|17.95",
        "2005|3|3|8.97",
        "2005|4|3|8.97",
        "2006|1|2|9.98");
    Expression<String> initial = Functions.substring(film.title, 1, 3);
    Select perInitial =
        Sql.select(initial, Sql.count()).from(film).groupBy(initial).orderBy(initial);
    String substring = db.database() == TestDatabase.SQLITE ? "substr" : "SUBSTRING";
    assertSameRows(
        db,
        perInitial,
        everywhere(
            "SELECT " + substring + "(title, 1, 3) i, COUNT(*) FROM film GROUP BY i ORDER BY i"),
        "ACA|1",
        "ACE|1",
        "ADA|1",
        "AFF|1",
        "AFR|1",
        "AGE|1",
        "AIR|2",
        "ALA|2");
  }

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void postgresDatePartWithABoundFieldName(TestDb db) {
    ReportingFixture.load(db);
    Expression<Double> month =
        Sql.function(
            "date_part", SqlTypes.DOUBLE, Sql.value(SqlTypes.TEXT, "month"), rental.rentalDate);
    Select select =
        Sql.select(month, Sql.count())
            .from(rental)
            .where(rental.rentalDate.lt(java.time.LocalDateTime.of(2005, 7, 1, 0, 0)))
            .groupBy(month)
            .orderBy(month);
    assertSameRows(
        db,
        select,
        everywhere(
            "SELECT date_part('month', rental_date), COUNT(*) FROM rental"
                + " WHERE rental_date < TIMESTAMP '2005-07-01 00:00:00' GROUP BY 1 ORDER BY 1"),
        "1|2",
        "2|1",
        "5|4",
        "6|1");
  }
}
