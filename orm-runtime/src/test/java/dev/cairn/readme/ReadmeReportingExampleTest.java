package dev.cairn.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.CommonTableExpression;
import dev.cairn.core.sql.DatePart;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Functions;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The README's "Reporting queries" example, kept compiling and true. */
class ReadmeReportingExampleTest {

  static class Film extends Table {
    final Column<Integer> filmId = column("film_id", SqlTypes.INTEGER).primaryKey();
    final Column<Integer> length = column("length", SqlTypes.INTEGER);

    Film() {
      super("film");
    }
  }

  static class Rental extends Table {
    final Column<Integer> customerId = column("customer_id", SqlTypes.INTEGER);
    final Column<LocalDateTime> rentalDate = column("rental_date", SqlTypes.TIMESTAMP);
    final Column<BigDecimal> amount = column("amount", SqlTypes.numeric(5, 2));

    Rental() {
      super("rental");
    }
  }

  @Test
  void theReadmeExampleCompilesAsShown() {
    Film film = new Film();
    Rental rental = new Rental();
    Expression<String> bucket =
        Sql.caseWhen(film.length.lt(60), "short")
            .when(film.length.lt(120), "medium")
            .otherwise("long");
    Expression<LocalDateTime> month = Functions.dateTrunc(DatePart.MONTH, rental.rentalDate);

    Select buckets = Sql.select(bucket, Sql.count()).from(film).groupBy(bucket).orderBy(bucket);
    String caseSql = "CASE WHEN film.length < ? THEN ? WHEN film.length < ? THEN ? ELSE ? END";
    assertThat(buckets.toSql(Dialects.POSTGRESQL))
        .isEqualTo("SELECT " + caseSql + ", COUNT(*) FROM film GROUP BY 1 ORDER BY 1 ASC");
    assertThat(buckets.toSql(Dialects.H2))
        .isEqualTo(
            "SELECT "
                + caseSql
                + " AS cairn_group_1, COUNT(*) FROM film GROUP BY cairn_group_1 ORDER BY 1 ASC");
    assertThat(
            Sql.select(month.as("month"), Sql.sum(rental.amount))
                .from(rental)
                .groupBy(month)
                .toSql(Dialects.POSTGRESQL))
        .isEqualTo(
            "SELECT DATE_TRUNC('month', rental.rental_date) AS month, SUM(rental.amount)"
                + " FROM rental GROUP BY DATE_TRUNC('month', rental.rental_date)");

    Film f2 = Table.alias(film, "f2");
    assertThat(Sql.select(f2.length).toSql(Dialects.H2))
        .isEqualTo("SELECT f2.length FROM film AS f2");
    CommonTableExpression spend =
        Sql.select(rental.customerId, Sql.sum(rental.amount).as("spent"))
            .groupBy(rental.customerId)
            .asCte("spend");
    Expression<BigDecimal> spent = spend.column(Sql.sum(rental.amount));
    assertThat(spent.toString()).isEqualTo("spend.spent");
    assertThat(spend.column("spent").type()).isEqualTo(SqlTypes.numeric(5, 2));
    assertThat(spend.column("spent", BigDecimal.class)).isEqualTo(spent);
  }
}
