package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.assertSql;
import static dev.cairn.core.sql.SelectSqlAssert.assertSqlEverywhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Golden SQL of the reporting functions on every dialect (issue 15, item 7). */
class ReportingFunctionSqlTest {

  private final ReportingTables.Rental rental = ReportingTables.RENTAL;
  private final ReportingTables.Film film = ReportingTables.FILM;
  private final ReportingTables.Customer customer = ReportingTables.CUSTOMER;

  private static final String AT = "rental.rental_date";

  private void assertPerDialect(
      Expression<?> expression,
      String h2,
      String postgres,
      String mysql,
      String mariadb,
      String sqlite,
      Object... parameters) {
    Select select = Sql.select(expression);
    String from = " FROM " + select.compile(Dialects.H2).sql().replaceFirst(".* FROM ", "");
    assertSql(select, Dialects.H2, "SELECT " + h2 + from, parameters);
    assertSql(select, Dialects.POSTGRESQL, "SELECT " + postgres + from, parameters);
    assertSql(select, Dialects.MYSQL, "SELECT " + mysql + from, parameters);
    assertSql(select, Dialects.MARIADB, "SELECT " + mariadb + from, parameters);
    assertSql(select, Dialects.SQLITE, "SELECT " + sqlite + from, parameters);
  }

  @Test
  void extract() {
    assertPerDialect(
        Functions.extract(DatePart.YEAR, rental.rentalDate),
        "EXTRACT(YEAR FROM " + AT + ")",
        "CAST(EXTRACT(YEAR FROM " + AT + ") AS INTEGER)",
        "EXTRACT(YEAR FROM " + AT + ")",
        "EXTRACT(YEAR FROM " + AT + ")",
        "CAST(strftime('%Y', " + AT + ") AS INTEGER)");
    assertPerDialect(
        Functions.extract(DatePart.SECOND, rental.rentalDate),
        "EXTRACT(SECOND FROM " + AT + ")",
        "CAST(FLOOR(EXTRACT(SECOND FROM " + AT + ")) AS INTEGER)",
        "EXTRACT(SECOND FROM " + AT + ")",
        "EXTRACT(SECOND FROM " + AT + ")",
        "CAST(strftime('%S', " + AT + ") AS INTEGER)");
    assertPerDialect(
        Functions.extract(DatePart.WEEK, rental.rentalDate),
        "EXTRACT(ISO_WEEK FROM " + AT + ")",
        "CAST(EXTRACT(WEEK FROM " + AT + ") AS INTEGER)",
        "WEEK(" + AT + ", 3)",
        "WEEK(" + AT + ", 3)",
        "((CAST(strftime('%j', " + AT + ", '-3 days', 'weekday 4') AS INTEGER) - 1) / 7 + 1)");
    assertPerDialect(
        Functions.extract(DatePart.DAY_OF_WEEK, rental.rentalDate),
        "EXTRACT(ISO_DAY_OF_WEEK FROM " + AT + ")",
        "CAST(EXTRACT(ISODOW FROM " + AT + ") AS INTEGER)",
        "(WEEKDAY(" + AT + ") + 1)",
        "(WEEKDAY(" + AT + ") + 1)",
        "((CAST(strftime('%w', " + AT + ") AS INTEGER) + 6) % 7 + 1)");
    assertPerDialect(
        Functions.extract(DatePart.QUARTER, rental.rentalDate),
        "EXTRACT(QUARTER FROM " + AT + ")",
        "CAST(EXTRACT(QUARTER FROM " + AT + ") AS INTEGER)",
        "EXTRACT(QUARTER FROM " + AT + ")",
        "EXTRACT(QUARTER FROM " + AT + ")",
        "((CAST(strftime('%m', " + AT + ") AS INTEGER) + 2) / 3)");
    assertPerDialect(
        Functions.extract(DatePart.DAY_OF_YEAR, customer.createDate),
        "EXTRACT(DAY_OF_YEAR FROM customer.create_date)",
        "CAST(EXTRACT(DOY FROM customer.create_date) AS INTEGER)",
        "DAYOFYEAR(customer.create_date)",
        "DAYOFYEAR(customer.create_date)",
        "CAST(strftime('%j', customer.create_date) AS INTEGER)");
  }

  @Test
  void dateTrunc() {
    assertPerDialect(
        Functions.dateTrunc(DatePart.MONTH, rental.rentalDate),
        "DATE_TRUNC(MONTH, " + AT + ")",
        "DATE_TRUNC('month', " + AT + ")",
        "CAST(DATE_FORMAT(" + AT + ", '%Y-%m-01') AS DATETIME)",
        "CAST(DATE_FORMAT(" + AT + ", '%Y-%m-01') AS DATETIME)",
        "strftime('%Y-%m-01 00:00:00', " + AT + ")");
    assertPerDialect(
        Functions.dateTrunc(DatePart.WEEK, rental.rentalDate),
        "DATE_TRUNC(ISO_WEEK, " + AT + ")",
        "DATE_TRUNC('week', " + AT + ")",
        "CAST(DATE_SUB(DATE(" + AT + "), INTERVAL WEEKDAY(" + AT + ") DAY) AS DATETIME)",
        "CAST(DATE_SUB(DATE(" + AT + "), INTERVAL WEEKDAY(" + AT + ") DAY) AS DATETIME)",
        "strftime('%Y-%m-%d 00:00:00', " + AT + ", '-6 days', 'weekday 1')");
    String mysqlQuarter =
        "CAST(MAKEDATE(YEAR("
            + AT
            + "), 1) + INTERVAL (QUARTER("
            + AT
            + ") - 1) QUARTER AS DATETIME)";
    assertPerDialect(
        Functions.dateTrunc(DatePart.QUARTER, rental.rentalDate),
        "DATE_TRUNC(QUARTER, " + AT + ")",
        "DATE_TRUNC('quarter', " + AT + ")",
        mysqlQuarter,
        mysqlQuarter,
        "strftime('%Y-%m-01 00:00:00', "
            + AT
            + ", printf('-%d months', (CAST(strftime('%m', "
            + AT
            + ") AS INTEGER) - 1) % 3))");
    assertPerDialect(
        Functions.dateTrunc(DatePart.HOUR, rental.rentalDate),
        "DATE_TRUNC(HOUR, " + AT + ")",
        "DATE_TRUNC('hour', " + AT + ")",
        "CAST(DATE_FORMAT(" + AT + ", '%Y-%m-%d %H:00:00') AS DATETIME)",
        "CAST(DATE_FORMAT(" + AT + ", '%Y-%m-%d %H:00:00') AS DATETIME)",
        "strftime('%Y-%m-%d %H:00:00', " + AT + ")");
  }

  @Test
  void dateAdd() {
    assertPerDialect(
        Functions.dateAdd(rental.rentalDate, 3, DatePart.DAY),
        "DATEADD(DAY, ?, " + AT + ")",
        AT + " + MAKE_INTERVAL(days => ?)",
        "DATE_ADD(" + AT + ", INTERVAL ? DAY)",
        "DATE_ADD(" + AT + ", INTERVAL ? DAY)",
        "rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', " + AT + ", ? || ' days'), '0'), '.')",
        3);
    assertPerDialect(
        Functions.dateAdd(rental.rentalDate, -1, DatePart.QUARTER),
        "DATEADD(QUARTER, ?, " + AT + ")",
        AT + " + MAKE_INTERVAL(months => 3 * ?)",
        "DATE_ADD(" + AT + ", INTERVAL ? QUARTER)",
        "DATE_ADD(" + AT + ", INTERVAL ? QUARTER)",
        "rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', "
            + AT
            + ", (3 * ?) || ' months', 'floor'),"
            + " '0'), '.')",
        -1);
    assertPerDialect(
        Functions.dateAdd(customer.createDate, film.rentalDuration.plus(1), DatePart.MONTH),
        "DATEADD(MONTH, film.rental_duration + ?, customer.create_date)",
        "CAST(customer.create_date + MAKE_INTERVAL(months => (film.rental_duration + ?)) AS DATE)",
        "DATE_ADD(customer.create_date, INTERVAL (film.rental_duration + ?) MONTH)",
        "DATE_ADD(customer.create_date, INTERVAL (film.rental_duration + ?) MONTH)",
        "date(customer.create_date, (film.rental_duration + ?) || ' months', 'floor')",
        1);
    assertPerDialect(
        Functions.dateAdd(rental.rentalDate, Sql.value(SqlTypes.BIGINT, 2L), DatePart.WEEK),
        "DATEADD(WEEK, ?, " + AT + ")",
        AT + " + MAKE_INTERVAL(weeks => CAST(? AS INTEGER))",
        "DATE_ADD(" + AT + ", INTERVAL ? WEEK)",
        "DATE_ADD(" + AT + ", INTERVAL ? WEEK)",
        "rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', " + AT + ", (7 * ?) || ' days'), '0'), '.')",
        2L);
  }

  @Test
  void textAndNumberFunctions() {
    assertSqlEverywhere(
        Sql.select(
            Functions.nullif(customer.email, ""),
            Functions.substring(customer.lastName, 2),
            Functions.substring(customer.lastName, 2, 3),
            Functions.trim(customer.city),
            Functions.ltrim(customer.city),
            Functions.rtrim(customer.city),
            Functions.replace(customer.city, "a", "b"),
            Functions.abs(film.rentalDuration),
            Functions.round(film.rentalRate, 1)),
        "SELECT NULLIF(customer.email, ?), SUBSTRING(customer.last_name, ?),"
            + " SUBSTRING(customer.last_name, ?, ?), TRIM(customer.city), LTRIM(customer.city),"
            + " RTRIM(customer.city), REPLACE(customer.city, ?, ?), ABS(film.rental_duration),"
            + " ROUND(film.rental_rate, ?) FROM customer, film",
        "",
        2,
        2,
        3,
        "a",
        "b",
        1);
    assertPerDialect(
        Functions.round(film.popularity, 2),
        "ROUND(film.popularity, ?)",
        "CAST(ROUND(CAST(film.popularity AS NUMERIC), ?) AS DOUBLE PRECISION)",
        "ROUND(film.popularity, ?)",
        "ROUND(film.popularity, ?)",
        "ROUND(film.popularity, ?)",
        2);
    assertPerDialect(
        Functions.greatest(film.length, film.rentalDuration, Sql.inline(10)),
        "GREATEST(film.length, film.rental_duration, 10)",
        "GREATEST(film.length, film.rental_duration, 10)",
        "GREATEST(film.length, film.rental_duration, 10)",
        "GREATEST(film.length, film.rental_duration, 10)",
        "MAX(film.length, film.rental_duration, 10)");
    assertPerDialect(
        Functions.least(film.length, film.rentalDuration),
        "LEAST(film.length, film.rental_duration)",
        "LEAST(film.length, film.rental_duration)",
        "LEAST(film.length, film.rental_duration)",
        "LEAST(film.length, film.rental_duration)",
        "MIN(film.length, film.rental_duration)");
    assertThat(Functions.round(film.popularity).type()).isEqualTo(SqlTypes.DOUBLE);
    assertThat(Functions.extract(DatePart.YEAR, rental.rentalDate).type())
        .isEqualTo(SqlTypes.INTEGER);
  }

  @Test
  void windowFunctions() {
    Window window = Sql.window().partitionBy(rental.customerId).orderBy(rental.rentalDate);
    String over = " OVER (PARTITION BY rental.customer_id ORDER BY rental.rental_date ASC)";
    Select select =
        Sql.select(
            Functions.lag(rental.amount).over(window),
            Functions.lead(rental.amount, 2).over(window),
            Functions.ntile(4).over(window),
            Functions.firstValue(rental.amount).over(window),
            Functions.lastValue(rental.amount).over(window));
    assertSqlEverywhere(
        select,
        "SELECT LAG(rental.amount, ?)"
            + over
            + ", LEAD(rental.amount, ?)"
            + over
            + ", NTILE(?)"
            + over
            + ", FIRST_VALUE(rental.amount)"
            + over
            + ", LAST_VALUE(rental.amount)"
            + over
            + " FROM rental",
        1,
        2,
        4);
    Select withDefault = Sql.select(Functions.lag(rental.amount, 1, BigDecimal.ZERO).over(window));
    assertSql(
        withDefault,
        Dialects.MYSQL,
        "SELECT LAG(rental.amount, ?, ?)" + over + " FROM rental",
        1,
        BigDecimal.ZERO);
    assertThatThrownBy(() -> withDefault.compile(Dialects.MARIADB))
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith(
            "Functions.lag with a default value is not supported by mariadb, whose LAG takes no"
                + " third argument");
  }

  @Test
  void misuseIsRefusedWhenTheFunctionIsBuilt() {
    assertThatThrownBy(() -> Functions.dateTrunc(DatePart.DAY_OF_WEEK, rental.rentalDate))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Functions.dateTrunc takes a unit of time (YEAR, QUARTER, MONTH, WEEK, DAY, HOUR,"
                + " MINUTE, SECOND), not DAY_OF_WEEK; use Functions.extract for DAY_OF_WEEK");
    assertThatThrownBy(() -> Functions.dateAdd(customer.createDate, 1, DatePart.HOUR))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Functions.dateAdd(…, HOUR) needs a time of day, but customer.create_date is a DATE;"
                + " cast it to a timestamp with Sql.cast(…, SqlTypes.TIMESTAMP)");
    Expression<LocalDateTime> text = Sql.cast(film.title, SqlTypes.TIMESTAMP);
    assertThat(Functions.extract(DatePart.YEAR, text).type()).isEqualTo(SqlTypes.INTEGER);
    @SuppressWarnings({"unchecked", "rawtypes"})
    Expression<LocalDateTime> wrong = (Expression) film.title;
    assertThatThrownBy(() -> Functions.dateTrunc(DatePart.DAY, wrong))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Functions.dateTrunc(DAY, …) needs a TIMESTAMP, but film.title is VARCHAR(50);"
                + " pass a column or expression of that type, or cast it with Sql.cast");
    assertThatThrownBy(() -> Functions.ntile(0))
        .isInstanceOf(CairnException.class)
        .hasMessage("Functions.ntile needs buckets >= 1, got 0");
    assertThatThrownBy(
            () ->
                Functions.dateAdd(rental.rentalDate, Sql.value(SqlTypes.DOUBLE, 1.5), DatePart.DAY))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("adds a whole number of units");
  }

  @Test
  void standardSqlRefusesWhatItCannotSay() {
    RenderContext context = new RenderContext(Dialects.POSTGRESQL);
    FunctionSyntax standard = StandardFunctionSyntax.STANDARD;
    assertThatThrownBy(() -> standard.renderDateTrunc(context, DatePart.DAY, rental.rentalDate))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Functions.dateTrunc is not supported by postgresql; select the timestamp and"
                + " truncate it in Java");
  }
}
