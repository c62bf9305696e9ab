package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.assertSqlEverywhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlTypes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Columns of CTEs and derived tables reached without repeating name and type (issue 15, 8). */
class CteColumnsTest {

  private final ReportingTables.Rental rental = ReportingTables.RENTAL;
  private final ReportingTables.Customer customer = ReportingTables.CUSTOMER;

  @Test
  void aLabelledResultIsFoundByItsExpressionAndByName() {
    CommonTableExpression spend =
        Sql.select(rental.customerId, Sql.sum(rental.amount).as("spent"), Sql.count().as("n"))
            .groupBy(rental.customerId)
            .asCte("spend");
    Expression<BigDecimal> spent = spend.column(Sql.sum(rental.amount));
    Expression<Long> rentals = spend.column("n", Long.class);
    Expression<?> customerId = spend.column("customer_id");
    assertThat(spent.type()).isEqualTo(SqlTypes.numeric(5, 2));
    assertThat(customerId.type()).isEqualTo(SqlTypes.INTEGER);
    assertSqlEverywhere(
        Sql.with(spend)
            .select(customer.lastName, spent, rentals)
            .from(customer)
            .join(spend, spend.column(rental.customerId).eq(customer.customerId))
            .where(rentals.gt(2L))
            .orderBy(spent.desc()),
        "WITH spend(customer_id, spent, n) AS (SELECT rental.customer_id, SUM(rental.amount) AS"
            + " spent, COUNT(*) AS n FROM rental GROUP BY rental.customer_id) SELECT"
            + " customer.last_name, spend.spent, spend.n FROM customer JOIN spend ON"
            + " spend.customer_id = customer.customer_id WHERE spend.n > ? ORDER BY spend.spent"
            + " DESC",
        2L);
  }

  @Test
  void derivedTablesOfferTheSameLookups() {
    DerivedTable latest =
        Sql.select(rental.customerId, Sql.max(rental.rentalDate).as("last_rental"))
            .groupBy(rental.customerId)
            .as("latest");
    assertThat(latest.column(Sql.max(rental.rentalDate)).toString())
        .isEqualTo("latest.last_rental");
    assertThat(latest.column("last_rental", java.time.LocalDateTime.class).type())
        .isEqualTo(SqlTypes.TIMESTAMP);
  }

  @Test
  void wrongLookupsNameTheColumnsThereAre() {
    CommonTableExpression spend =
        Sql.select(rental.customerId, Sql.sum(rental.amount).as("spent")).asCte("spend");
    assertThatThrownBy(() -> spend.column("spent", Long.class))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Column spend.spent holds java.math.BigDecimal (NUMERIC(5,2)), not java.lang.Long;"
                + " look it up as column(\"spent\", BigDecimal.class)");
    assertThatThrownBy(() -> spend.column("total"))
        .isInstanceOf(CairnException.class)
        .hasMessage("spend has no column 'total'; its columns are [customer_id, spent]");
    assertThatThrownBy(() -> spend.column(rental.amount))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "rental.amount is not a result column of spend; select it in the subquery, or use"
                + " column(name)");
  }
}
