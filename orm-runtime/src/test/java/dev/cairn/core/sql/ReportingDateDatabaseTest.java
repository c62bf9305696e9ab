package dev.cairn.core.sql;

import static dev.cairn.core.sql.ReportingFixture.assertSameRows;

import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Date parts, truncation and arithmetic on the reporting fixture, each compared with hand-written
 * SQL in the database's own idiom and with the values worked out in Java (issue 15, item 7).
 */
class ReportingDateDatabaseTest {

  private final ReportingTables.Rental rental = ReportingTables.RENTAL;
  private final ReportingTables.Film film = ReportingTables.FILM;
  private final ReportingTables.Customer customer = ReportingTables.CUSTOMER;

  @DatabaseTest
  void extractEveryPart(TestDb db) {
    ReportingFixture.load(db);
    List<Expression<?>> columns = new ArrayList<>();
    columns.add(rental.rentalId);
    for (DatePart part : DatePart.values()) {
      columns.add(Functions.extract(part, rental.rentalDate));
    }
    Select select = Sql.select(columns).from(rental).orderBy(rental.rentalId);
    Map<TestDatabase, String> byHand =
        Map.of(
            TestDatabase.H2,
            "SELECT rental_id, YEAR(rental_date), QUARTER(rental_date), MONTH(rental_date),"
                + " ISO_WEEK(rental_date), DAY_OF_MONTH(rental_date),"
                + " ISO_DAY_OF_WEEK(rental_date), DAY_OF_YEAR(rental_date), HOUR(rental_date),"
                + " MINUTE(rental_date), SECOND(rental_date) FROM rental ORDER BY rental_id",
            TestDatabase.POSTGRESQL,
            "SELECT rental_id, date_part('year', rental_date)::int,"
                + " date_part('quarter', rental_date)::int, date_part('month', rental_date)::int,"
                + " date_part('week', rental_date)::int, date_part('day', rental_date)::int,"
                + " date_part('isodow', rental_date)::int, date_part('doy', rental_date)::int,"
                + " date_part('hour', rental_date)::int, date_part('minute', rental_date)::int,"
                + " floor(date_part('second', rental_date))::int FROM rental ORDER BY rental_id",
            TestDatabase.MARIADB,
            "SELECT rental_id, YEAR(rental_date), QUARTER(rental_date), MONTH(rental_date),"
                + " WEEK(rental_date, 3), DAYOFMONTH(rental_date), WEEKDAY(rental_date) + 1,"
                + " DAYOFYEAR(rental_date), HOUR(rental_date), MINUTE(rental_date),"
                + " SECOND(rental_date) FROM rental ORDER BY rental_id",
            TestDatabase.SQLITE,
            "SELECT rental_id, CAST(strftime('%Y', rental_date) AS INTEGER),"
                + " (CAST(strftime('%m', rental_date) AS INTEGER) + 2) / 3,"
                + " CAST(strftime('%m', rental_date) AS INTEGER),"
                + " CAST(strftime('%V', rental_date) AS INTEGER),"
                + " CAST(strftime('%d', rental_date) AS INTEGER),"
                + " CAST(strftime('%u', rental_date) AS INTEGER),"
                + " CAST(strftime('%j', rental_date) AS INTEGER),"
                + " CAST(strftime('%H', rental_date) AS INTEGER),"
                + " CAST(strftime('%M', rental_date) AS INTEGER),"
                + " CAST(strftime('%S', rental_date) AS INTEGER) FROM rental ORDER BY rental_id");
    assertSameRows(
        db,
        select,
        byHand,
        "1|2005|1|1|53|1|6|1|9|15|0",
        "2|2005|1|1|5|31|1|31|18|0|0",
        "3|2005|1|2|9|28|1|59|23|59|59",
        "4|2005|2|5|21|24|2|144|22|53|30",
        "5|2005|2|5|21|24|2|144|23|3|39",
        "6|2005|2|5|21|29|7|149|11|11|11",
        "7|2005|2|5|22|30|1|150|0|0|0",
        "8|2005|2|6|24|15|3|166|10|30|45",
        "9|2005|3|7|27|8|5|189|7|7|7",
        "10|2005|3|8|31|1|1|213|12|0|0",
        "11|2005|3|8|33|21|7|233|20|20|20",
        "12|2005|4|12|52|31|6|365|23|0|0",
        "13|2006|1|1|1|2|1|2|8|0|0",
        "14|2006|1|2|7|14|2|45|15|16|17",
        "15|2005|4|11|45|11|5|315|11|11|11",
        "16|2005|4|10|40|3|1|276|3|3|3");
  }

  @DatabaseTest
  void truncateToEveryUnit(TestDb db) {
    ReportingFixture.load(db);
    List<Expression<?>> columns = new ArrayList<>();
    columns.add(rental.rentalId);
    for (DatePart unit : DatePart.values()) {
      if (unit.isUnit()) {
        columns.add(Functions.dateTrunc(unit, rental.rentalDate));
      }
    }
    Select select = Sql.select(columns).from(rental).orderBy(rental.rentalId);
    Map<TestDatabase, String> byHand =
        Map.of(
            TestDatabase.H2,
            "SELECT rental_id, DATE_TRUNC('YEAR', rental_date), DATE_TRUNC('QUARTER', rental_date),"
                + " DATE_TRUNC('MONTH', rental_date), CAST(DATEADD(DAY,"
                + " 1 - ISO_DAY_OF_WEEK(rental_date), CAST(rental_date AS DATE)) AS TIMESTAMP),"
                + " CAST(CAST(rental_date AS DATE) AS TIMESTAMP), DATE_TRUNC('HOUR', rental_date),"
                + " DATE_TRUNC('MINUTE', rental_date), DATE_TRUNC('SECOND', rental_date)"
                + " FROM rental ORDER BY rental_id",
            TestDatabase.POSTGRESQL,
            "SELECT rental_id, date_trunc('year', rental_date), date_trunc('quarter', rental_date),"
                + " date_trunc('month', rental_date), date_trunc('week', rental_date),"
                + " rental_date::date::timestamp, date_trunc('hour', rental_date),"
                + " date_trunc('minute', rental_date), date_trunc('second', rental_date)"
                + " FROM rental ORDER BY rental_id",
            TestDatabase.MARIADB,
            "SELECT rental_id, TIMESTAMP(MAKEDATE(YEAR(rental_date), 1)),"
                + " TIMESTAMP(MAKEDATE(YEAR(rental_date), 1)"
                + " + INTERVAL QUARTER(rental_date) * 3 - 3 MONTH),"
                + " TIMESTAMP(DATE_FORMAT(rental_date, '%Y-%m-01')),"
                + " TIMESTAMP(SUBDATE(DATE(rental_date), WEEKDAY(rental_date))),"
                + " TIMESTAMP(DATE(rental_date)),"
                + " TIMESTAMP(DATE_FORMAT(rental_date, '%Y-%m-%d %H:00:00')),"
                + " TIMESTAMP(DATE_FORMAT(rental_date, '%Y-%m-%d %H:%i:00')),"
                + " TIMESTAMP(DATE_FORMAT(rental_date, '%Y-%m-%d %H:%i:%s'))"
                + " FROM rental ORDER BY rental_id",
            TestDatabase.SQLITE,
            "SELECT rental_id, datetime(rental_date, 'start of year'),"
                + " datetime(rental_date, 'start of month',"
                + " '-' || ((strftime('%m', rental_date) - 1) % 3) || ' months'),"
                + " datetime(rental_date, 'start of month'),"
                + " datetime(rental_date, 'start of day', 'weekday 0', '-6 days'),"
                + " datetime(rental_date, 'start of day'),"
                + " strftime('%Y-%m-%d %H:00:00', rental_date),"
                + " strftime('%Y-%m-%d %H:%M:00', rental_date),"
                + " strftime('%Y-%m-%d %H:%M:%S', rental_date) FROM rental ORDER BY rental_id");
    assertSameRows(
        db,
        select,
        byHand,
        "1|2005-01-01T00:00|2005-01-01T00:00|2005-01-01T00:00|2004-12-27T00:00|2005-01-01T00:00"
            + "|2005-01-01T09:00|2005-01-01T09:15|2005-01-01T09:15",
        "2|2005-01-01T00:00|2005-01-01T00:00|2005-01-01T00:00|2005-01-31T00:00|2005-01-31T00:00"
            + "|2005-01-31T18:00|2005-01-31T18:00|2005-01-31T18:00",
        "3|2005-01-01T00:00|2005-01-01T00:00|2005-02-01T00:00|2005-02-28T00:00|2005-02-28T00:00"
            + "|2005-02-28T23:00|2005-02-28T23:59|2005-02-28T23:59:59",
        "4|2005-01-01T00:00|2005-04-01T00:00|2005-05-01T00:00|2005-05-23T00:00|2005-05-24T00:00"
            + "|2005-05-24T22:00|2005-05-24T22:53|2005-05-24T22:53:30",
        "5|2005-01-01T00:00|2005-04-01T00:00|2005-05-01T00:00|2005-05-23T00:00|2005-05-24T00:00"
            + "|2005-05-24T23:00|2005-05-24T23:03|2005-05-24T23:03:39",
        "6|2005-01-01T00:00|2005-04-01T00:00|2005-05-01T00:00|2005-05-23T00:00|2005-05-29T00:00"
            + "|2005-05-29T11:00|2005-05-29T11:11|2005-05-29T11:11:11",
        "7|2005-01-01T00:00|2005-04-01T00:00|2005-05-01T00:00|2005-05-30T00:00|2005-05-30T00:00"
            + "|2005-05-30T00:00|2005-05-30T00:00|2005-05-30T00:00",
        "8|2005-01-01T00:00|2005-04-01T00:00|2005-06-01T00:00|2005-06-13T00:00|2005-06-15T00:00"
            + "|2005-06-15T10:00|2005-06-15T10:30|2005-06-15T10:30:45",
        "9|2005-01-01T00:00|2005-07-01T00:00|2005-07-01T00:00|2005-07-04T00:00|2005-07-08T00:00"
            + "|2005-07-08T07:00|2005-07-08T07:07|2005-07-08T07:07:07",
        "10|2005-01-01T00:00|2005-07-01T00:00|2005-08-01T00:00|2005-08-01T00:00|2005-08-01T00:00"
            + "|2005-08-01T12:00|2005-08-01T12:00|2005-08-01T12:00",
        "11|2005-01-01T00:00|2005-07-01T00:00|2005-08-01T00:00|2005-08-15T00:00|2005-08-21T00:00"
            + "|2005-08-21T20:00|2005-08-21T20:20|2005-08-21T20:20:20",
        "12|2005-01-01T00:00|2005-10-01T00:00|2005-12-01T00:00|2005-12-26T00:00|2005-12-31T00:00"
            + "|2005-12-31T23:00|2005-12-31T23:00|2005-12-31T23:00",
        "13|2006-01-01T00:00|2006-01-01T00:00|2006-01-01T00:00|2006-01-02T00:00|2006-01-02T00:00"
            + "|2006-01-02T08:00|2006-01-02T08:00|2006-01-02T08:00",
        "14|2006-01-01T00:00|2006-01-01T00:00|2006-02-01T00:00|2006-02-13T00:00|2006-02-14T00:00"
            + "|2006-02-14T15:00|2006-02-14T15:16|2006-02-14T15:16:17",
        "15|2005-01-01T00:00|2005-10-01T00:00|2005-11-01T00:00|2005-11-07T00:00|2005-11-11T00:00"
            + "|2005-11-11T11:00|2005-11-11T11:11|2005-11-11T11:11:11",
        "16|2005-01-01T00:00|2005-10-01T00:00|2005-10-01T00:00|2005-10-03T00:00|2005-10-03T00:00"
            + "|2005-10-03T03:00|2005-10-03T03:03|2005-10-03T03:03:03");
  }

  @DatabaseTest
  void addToTimestamps(TestDb db) {
    ReportingFixture.load(db);
    Expression<java.time.LocalDateTime> at = rental.rentalDate;
    Select select =
        Sql.select(
                rental.rentalId,
                Functions.dateAdd(at, film.rentalDuration, DatePart.DAY),
                Functions.dateAdd(at, 1, DatePart.MONTH),
                Functions.dateAdd(at, -1, DatePart.QUARTER),
                Functions.dateAdd(at, 2, DatePart.WEEK),
                Functions.dateAdd(at, -3, DatePart.HOUR),
                Functions.dateAdd(at, 90, DatePart.MINUTE),
                Functions.dateAdd(at, 30, DatePart.SECOND),
                Functions.dateAdd(at, 1, DatePart.YEAR))
            .from(rental)
            .join(film)
            .orderBy(rental.rentalId);
    String from = " FROM rental r JOIN film f ON f.film_id = r.film_id ORDER BY r.rental_id";
    Map<TestDatabase, String> byHand =
        Map.of(
            TestDatabase.H2,
            "SELECT r.rental_id, TIMESTAMPADD(DAY, f.rental_duration, r.rental_date),"
                + " r.rental_date + INTERVAL '1' MONTH, r.rental_date - INTERVAL '3' MONTH,"
                + " r.rental_date + INTERVAL '14' DAY, r.rental_date - INTERVAL '3' HOUR,"
                + " r.rental_date + INTERVAL '90' MINUTE, r.rental_date + INTERVAL '30' SECOND,"
                + " r.rental_date + INTERVAL '1' YEAR"
                + from,
            TestDatabase.POSTGRESQL,
            "SELECT r.rental_id, r.rental_date + f.rental_duration * interval '1 day',"
                + " r.rental_date + interval '1 month', r.rental_date - interval '3 months',"
                + " r.rental_date + interval '2 weeks', r.rental_date - interval '3 hours',"
                + " r.rental_date + interval '90 minutes', r.rental_date + interval '30 seconds',"
                + " r.rental_date + interval '1 year'"
                + from,
            TestDatabase.MARIADB,
            "SELECT r.rental_id, TIMESTAMPADD(DAY, f.rental_duration, r.rental_date),"
                + " r.rental_date + INTERVAL 1 MONTH, r.rental_date - INTERVAL 3 MONTH,"
                + " r.rental_date + INTERVAL 14 DAY, r.rental_date - INTERVAL 3 HOUR,"
                + " r.rental_date + INTERVAL 90 MINUTE, r.rental_date + INTERVAL 30 SECOND,"
                + " r.rental_date + INTERVAL 1 YEAR"
                + from,
            TestDatabase.SQLITE,
            "SELECT r.rental_id,"
                + " strftime('%Y-%m-%d %H:%M:%f', r.rental_date, f.rental_duration || ' days'),"
                + " strftime('%Y-%m-%d %H:%M:%f', r.rental_date, '+1 months', 'floor'),"
                + " strftime('%Y-%m-%d %H:%M:%f', r.rental_date, '-3 months', 'floor'),"
                + " strftime('%Y-%m-%d %H:%M:%f', r.rental_date, '+14 days'),"
                + " strftime('%Y-%m-%d %H:%M:%f', r.rental_date, '-3 hours'),"
                + " strftime('%Y-%m-%d %H:%M:%f', r.rental_date, '+90 minutes'),"
                + " strftime('%Y-%m-%d %H:%M:%f', r.rental_date, '+30 seconds'),"
                + " strftime('%Y-%m-%d %H:%M:%f', r.rental_date, '+1 years', 'floor')"
                + from);
    assertSameRows(
        db,
        select,
        byHand,
        "1|2005-01-07T09:15|2005-02-01T09:15|2004-10-01T09:15|2005-01-15T09:15|2005-01-01T06:15"
            + "|2005-01-01T10:45|2005-01-01T09:15:30|2006-01-01T09:15",
        "2|2005-02-03T18:00|2005-02-28T18:00|2004-10-31T18:00|2005-02-14T18:00|2005-01-31T15:00"
            + "|2005-01-31T19:30|2005-01-31T18:00:30|2006-01-31T18:00",
        "3|2005-03-07T23:59:59|2005-03-28T23:59:59|2004-11-28T23:59:59|2005-03-14T23:59:59"
            + "|2005-02-28T20:59:59|2005-03-01T01:29:59|2005-03-01T00:00:29|2006-02-28T23:59:59",
        "4|2005-05-29T22:53:30|2005-06-24T22:53:30|2005-02-24T22:53:30|2005-06-07T22:53:30"
            + "|2005-05-24T19:53:30|2005-05-25T00:23:30|2005-05-24T22:54|2006-05-24T22:53:30",
        "5|2005-05-30T23:03:39|2005-06-24T23:03:39|2005-02-24T23:03:39|2005-06-07T23:03:39"
            + "|2005-05-24T20:03:39|2005-05-25T00:33:39|2005-05-24T23:04:09|2006-05-24T23:03:39",
        "6|2005-06-01T11:11:11|2005-06-29T11:11:11|2005-02-28T11:11:11|2005-06-12T11:11:11"
            + "|2005-05-29T08:11:11|2005-05-29T12:41:11|2005-05-29T11:11:41|2006-05-29T11:11:11",
        "7|2005-06-05T00:00|2005-06-30T00:00|2005-02-28T00:00|2005-06-13T00:00|2005-05-29T21:00"
            + "|2005-05-30T01:30|2005-05-30T00:00:30|2006-05-30T00:00",
        "8|2005-06-21T10:30:45.750|2005-07-15T10:30:45.750|2005-03-15T10:30:45.750"
            + "|2005-06-29T10:30:45.750|2005-06-15T07:30:45.750|2005-06-15T12:00:45.750"
            + "|2005-06-15T10:31:15.750|2006-06-15T10:30:45.750",
        "9|2005-07-11T07:07:07|2005-08-08T07:07:07|2005-04-08T07:07:07|2005-07-22T07:07:07"
            + "|2005-07-08T04:07:07|2005-07-08T08:37:07|2005-07-08T07:07:37|2006-07-08T07:07:07",
        "10|2005-08-07T12:00|2005-09-01T12:00|2005-05-01T12:00|2005-08-15T12:00|2005-08-01T09:00"
            + "|2005-08-01T13:30|2005-08-01T12:00:30|2006-08-01T12:00",
        "11|2005-08-24T20:20:20|2005-09-21T20:20:20|2005-05-21T20:20:20|2005-09-04T20:20:20"
            + "|2005-08-21T17:20:20|2005-08-21T21:50:20|2005-08-21T20:20:50|2006-08-21T20:20:20",
        "12|2006-01-07T23:00|2006-01-31T23:00|2005-09-30T23:00|2006-01-14T23:00|2005-12-31T20:00"
            + "|2006-01-01T00:30|2005-12-31T23:00:30|2006-12-31T23:00",
        "13|2006-01-08T08:00|2006-02-02T08:00|2005-10-02T08:00|2006-01-16T08:00|2006-01-02T05:00"
            + "|2006-01-02T09:30|2006-01-02T08:00:30|2007-01-02T08:00",
        "14|2006-02-20T15:16:17|2006-03-14T15:16:17|2005-11-14T15:16:17|2006-02-28T15:16:17"
            + "|2006-02-14T12:16:17|2006-02-14T16:46:17|2006-02-14T15:16:47|2007-02-14T15:16:17",
        "15|2005-11-17T11:11:11|2005-12-11T11:11:11|2005-08-11T11:11:11|2005-11-25T11:11:11"
            + "|2005-11-11T08:11:11|2005-11-11T12:41:11|2005-11-11T11:11:41|2006-11-11T11:11:11",
        "16|2005-10-06T03:03:03|2005-11-03T03:03:03|2005-07-03T03:03:03|2005-10-17T03:03:03"
            + "|2005-10-03T00:03:03|2005-10-03T04:33:03|2005-10-03T03:03:33|2006-10-03T03:03:03");
  }

  @DatabaseTest
  void partsOfAndArithmeticOnDates(TestDb db) {
    ReportingFixture.load(db);
    Expression<java.time.LocalDate> created = customer.createDate;
    Select select =
        Sql.select(
                customer.customerId,
                Functions.extract(DatePart.YEAR, created),
                Functions.extract(DatePart.WEEK, created),
                Functions.extract(DatePart.DAY_OF_WEEK, created),
                Functions.extract(DatePart.DAY_OF_YEAR, created),
                Functions.dateAdd(created, 1, DatePart.MONTH),
                Functions.dateAdd(created, 1, DatePart.YEAR),
                Functions.dateAdd(created, 2, DatePart.WEEK),
                Functions.dateAdd(created, -1, DatePart.QUARTER),
                Functions.dateAdd(created, -10, DatePart.DAY))
            .from(customer)
            .orderBy(customer.customerId);
    String from = " FROM customer ORDER BY customer_id";
    Map<TestDatabase, String> byHand =
        Map.of(
            TestDatabase.H2,
            "SELECT customer_id, YEAR(create_date), ISO_WEEK(create_date),"
                + " ISO_DAY_OF_WEEK(create_date), DAY_OF_YEAR(create_date),"
                + " create_date + INTERVAL '1' MONTH, create_date + INTERVAL '1' YEAR,"
                + " create_date + INTERVAL '14' DAY, create_date - INTERVAL '3' MONTH,"
                + " create_date - INTERVAL '10' DAY"
                + from,
            TestDatabase.POSTGRESQL,
            "SELECT customer_id, date_part('year', create_date)::int,"
                + " date_part('week', create_date)::int, date_part('isodow', create_date)::int,"
                + " date_part('doy', create_date)::int, (create_date + interval '1 month')::date,"
                + " (create_date + interval '1 year')::date, create_date + 14,"
                + " (create_date - interval '3 months')::date, create_date - 10"
                + from,
            TestDatabase.MARIADB,
            "SELECT customer_id, YEAR(create_date), WEEK(create_date, 3),"
                + " WEEKDAY(create_date) + 1, DAYOFYEAR(create_date),"
                + " create_date + INTERVAL 1 MONTH, create_date + INTERVAL 1 YEAR,"
                + " create_date + INTERVAL 2 WEEK, create_date - INTERVAL 1 QUARTER,"
                + " create_date - INTERVAL 10 DAY"
                + from,
            TestDatabase.SQLITE,
            "SELECT customer_id, CAST(strftime('%Y', create_date) AS INTEGER),"
                + " CAST(strftime('%V', create_date) AS INTEGER),"
                + " CAST(strftime('%u', create_date) AS INTEGER),"
                + " CAST(strftime('%j', create_date) AS INTEGER),"
                + " date(create_date, '+1 months', 'floor'), date(create_date, '+1 years', 'floor'),"
                + " date(create_date, '+14 days'), date(create_date, '-3 months', 'floor'),"
                + " date(create_date, '-10 days')"
                + from);
    assertSameRows(
        db,
        select,
        byHand,
        "1|2005|5|1|31|2005-02-28|2006-01-31|2005-02-14|2004-10-31|2005-01-21",
        "2|2005|7|1|45|2005-03-14|2006-02-14|2005-02-28|2004-11-14|2005-02-04",
        "3|2006|9|2|59|2006-03-28|2007-02-28|2006-03-14|2005-11-28|2006-02-18",
        "4|2004|9|7|60|2004-03-29|2005-02-28|2004-03-14|2003-11-29|2004-02-19",
        "5|2005|52|6|365|2006-01-31|2006-12-31|2006-01-14|2005-09-30|2005-12-21");
  }
}
