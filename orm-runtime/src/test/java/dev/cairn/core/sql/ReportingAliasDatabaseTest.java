package dev.cairn.core.sql;

import static dev.cairn.core.sql.ReportingFixture.assertSameRows;
import static dev.cairn.core.sql.ReportingFixture.everywhere;

import dev.cairn.core.schema.Table;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.math.BigDecimal;

/** Typed aliases and CTE columns on the reporting fixture against hand-written SQL (item 8). */
class ReportingAliasDatabaseTest {

  private final ReportingTables.Customer customer = ReportingTables.CUSTOMER;
  private final ReportingTables.Rental rental = ReportingTables.RENTAL;

  @DatabaseTest
  void selfJoinThroughATypedAlias(TestDb db) {
    ReportingFixture.load(db);
    ReportingTables.Customer referrer = Table.alias(customer, "referrer");
    Select select =
        Sql.select(customer.firstName, referrer.firstName, Sql.count(rental.rentalId))
            .from(customer)
            .join(referrer, customer.referredBy.eq(referrer.customerId))
            .leftJoin(rental, rental.customerId.eq(referrer.customerId))
            .groupBy(customer.firstName, referrer.firstName)
            .orderBy(customer.firstName);
    assertSameRows(
        db,
        select,
        everywhere(
            "SELECT c.first_name, r.first_name, COUNT(x.rental_id) FROM customer c"
                + " JOIN customer r ON c.referred_by = r.customer_id"
                + " LEFT JOIN rental x ON x.customer_id = r.customer_id"
                + " GROUP BY c.first_name, r.first_name ORDER BY c.first_name"),
        "BARBARA|PATRICIA|3",
        "LINDA|MARY|4",
        "PATRICIA|MARY|4");
  }

  @DatabaseTest
  void cteColumnsByExpressionAndName(TestDb db) {
    ReportingFixture.load(db);
    CommonTableExpression spend =
        Sql.select(rental.customerId, Sql.sum(rental.amount).as("spent"), Sql.count().as("n"))
            .groupBy(rental.customerId)
            .asCte("spend");
    Expression<BigDecimal> spent = spend.column(Sql.sum(rental.amount));
    Expression<Long> rentals = spend.column("n", Long.class);
    Select select =
        Sql.with(spend)
            .select(customer.lastName, spent, rentals)
            .from(customer)
            .join(spend, spend.column(rental.customerId).eq(customer.customerId))
            .where(rentals.ge(3L))
            .orderBy(spent.desc(), customer.lastName.asc());
    // SQLite sums the decimals as floats: ROUND gives the two places Cairn reads back
    assertSameRows(
        db,
        select,
        everywhere(
            "WITH spend AS (SELECT customer_id, ROUND(SUM(amount), 2) AS spent, COUNT(*) AS n FROM rental"
                + " GROUP BY customer_id) SELECT c.last_name, s.spent, s.n FROM customer c"
                + " JOIN spend s ON s.customer_id = c.customer_id WHERE s.n >= 3"
                + " ORDER BY s.spent DESC, c.last_name"),
        "JONES|15.97|3",
        "SMITH|13.96|4",
        "WILLIAMS|10.97|3",
        "JOHNSON|9.97|3",
        "BROWN|5.97|3");
  }
}
