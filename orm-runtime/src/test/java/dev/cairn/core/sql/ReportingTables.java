package dev.cairn.core.sql;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Typed tables over the reporting fixture ({@code src/test/resources/reporting/}), a small
 * DVD-rental schema that Cairn did not create: the tables are declared here only to query them.
 */
final class ReportingTables {

  static final Film FILM = new Film();
  static final Customer CUSTOMER = new Customer();
  static final Rental RENTAL = new Rental();

  private ReportingTables() {}

  static final class Film extends Table {
    final Column<Integer> filmId = column("film_id", SqlTypes.INTEGER).primaryKey();
    final Column<String> title = column("title", SqlTypes.varchar(50)).notNull();
    final Column<Integer> length = column("length", SqlTypes.INTEGER);
    final Column<String> rating = column("rating", SqlTypes.varchar(5));
    final Column<BigDecimal> rentalRate = column("rental_rate", SqlTypes.numeric(4, 2)).notNull();
    final Column<Integer> rentalDuration = column("rental_duration", SqlTypes.INTEGER).notNull();
    final Column<Double> popularity = column("popularity", SqlTypes.DOUBLE);

    Film() {
      super("film");
    }
  }

  static final class Customer extends Table {
    final Column<Integer> customerId = column("customer_id", SqlTypes.INTEGER).primaryKey();
    final Column<String> firstName = column("first_name", SqlTypes.varchar(45)).notNull();
    final Column<String> lastName = column("last_name", SqlTypes.varchar(45)).notNull();
    final Column<String> email = column("email", SqlTypes.varchar(50));
    final Column<String> city = column("city", SqlTypes.varchar(50));
    final Column<LocalDate> createDate = column("create_date", SqlTypes.DATE).notNull();
    final Column<Integer> referredBy =
        column("referred_by", SqlTypes.INTEGER).references(customerId);

    Customer() {
      super("customer");
    }
  }

  static final class Rental extends Table {
    final Column<Integer> rentalId = column("rental_id", SqlTypes.INTEGER).primaryKey();
    final Column<LocalDateTime> rentalDate = column("rental_date", SqlTypes.TIMESTAMP).notNull();
    final Column<LocalDateTime> returnDate = column("return_date", SqlTypes.TIMESTAMP);
    final Column<Integer> customerId =
        column("customer_id", SqlTypes.INTEGER).notNull().references(CUSTOMER.customerId);
    final Column<Integer> filmId =
        column("film_id", SqlTypes.INTEGER).notNull().references(FILM.filmId);
    final Column<BigDecimal> amount = column("amount", SqlTypes.numeric(5, 2)).notNull();

    Rental() {
      super("rental");
    }
  }
}
