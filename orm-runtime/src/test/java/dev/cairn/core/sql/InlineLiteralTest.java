package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.assertSql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Sql.inline}: literals escaped by the dialect, hostile strings read back unchanged. */
class InlineLiteralTest {

  static final List<String> HOSTILE =
      List.of(
          "O'Brien",
          "'; DROP TABLE customer; --",
          "back\\slash",
          "\\'; DROP TABLE customer; -- ",
          "trailing backslash \\",
          "\\\\ two, then a quote \\\\'",
          "$$ dollar $tag$ quoting $tag$",
          "\"double\" and `back` quotes",
          "a ? and a :name and a %_ wildcard",
          "/* comment */ -- line comment",
          "Ünïcödé 😀",
          "");

  private final ReportingTables.Customer customer = ReportingTables.CUSTOMER;

  @Test
  void stringsAreEscapedByTheDialect() {
    Expression<String> hostile = Sql.inline("it's a \\' test");
    Select select = Sql.select(customer.lastName).where(customer.lastName.eq(hostile));
    String start = "SELECT customer.last_name FROM customer WHERE customer.last_name = ";
    for (Dialect dialect : List.of(Dialects.H2, Dialects.SQLITE)) {
      assertSql(select, dialect, start + "'it''s a \\'' test'");
    }
    assertSql(select, Dialects.POSTGRESQL, start + "E'it''s a \\\\'' test'");
    assertSql(select, Dialects.MYSQL, start + "'it''s a \\\\'' test'");
    assertSql(select, Dialects.MARIADB, start + "'it''s a \\\\'' test'");
    assertSql(
        Sql.select(customer.lastName).where(customer.lastName.eq(Sql.inline("plain"))),
        Dialects.POSTGRESQL,
        start + "'plain'");
  }

  @Test
  void numbersAndBooleans() {
    Select select =
        Sql.select(
            Sql.inline(42),
            Sql.inline(-7L),
            Sql.inline(new BigDecimal("-12.50")),
            Sql.inline(0.25),
            Sql.inline(true),
            Sql.inline(SqlTypes.SMALLINT, (short) 3));
    assertSql(select, Dialects.POSTGRESQL, "SELECT 42, (-7), (-12.50), 0.25, TRUE, 3");
    assertSql(select, Dialects.SQLITE, "SELECT 42, (-7), (-12.50), 0.25, 1, 3");
    Expression<Integer> minus = ReportingTables.FILM.length.minus(Sql.inline(-1));
    assertThat(Sql.select(minus).compile(Dialects.MYSQL).sql())
        .isEqualTo("SELECT film.length - (-1) FROM film");
    assertThat(Sql.inline(5)).isEqualTo(Sql.inline(5)).isNotEqualTo(Sql.inline(6));
    assertThat(Sql.select(Sql.inline(5)).compile(Dialects.H2).sql())
        .isNotEqualTo(Sql.select(Sql.inline(6)).compile(Dialects.H2).sql());
  }

  @Test
  void controlCharactersAndOtherTypesAreRefused() {
    assertThatThrownBy(() -> Sql.inline("two\nlines"))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Sql.inline refuses the control character U+000A at index 3 of a string; bind such"
                + " text with Sql.value(SqlTypes.TEXT, text)");
    for (String bad : List.of("nul\0", "tab\t", "cr\r", "del\u007f", "c1\u0085")) {
      assertThatThrownBy(() -> Sql.inline(bad))
          .isInstanceOf(CairnException.class)
          .hasMessageStartingWith("Sql.inline refuses the control character");
    }
    assertThatThrownBy(() -> Sql.inline("lone \uD800 surrogate"))
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith("Sql.inline refuses the unpaired surrogate at index 5");
    assertThatThrownBy(() -> Sql.inline(Double.NaN))
        .isInstanceOf(CairnException.class)
        .hasMessage("Sql.inline takes finite numbers, not NaN; bind it with Sql.value");
    assertThatThrownBy(() -> Sql.inline(SqlTypes.DATE, java.time.LocalDate.of(2005, 5, 24)))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Sql.inline writes numbers, booleans and strings only, not DATE; bind the value with"
                + " Sql.value(type, value)");
    assertThatThrownBy(() -> Sql.inline((String) null))
        .isInstanceOf(CairnException.class)
        .hasMessage("Sql.inline needs a value, not null; write a NULL with Sql.value(type, null)");
  }

  @DatabaseTest
  void hostileStringsReadBackUnchanged(TestDb db) {
    ReportingFixture.load(db);
    for (String text : HOSTILE) {
      Select select =
          Sql.select(Sql.inline(text), Sql.count())
              .from(customer)
              .where(customer.lastName.ne(Sql.inline(text)));
      List<Object> row =
          db.engine()
              .transactionResult(
                  connection ->
                      connection
                          .execute(select)
                          .map(r -> java.util.Arrays.<Object>asList(r.get(0), r.get(1)))
                          .get(0));
      assertThat(row).as("%s on %s", text, db).containsExactly(text, 5L);
    }
    assertThat(ReportingFixture.jdbc(db, "SELECT COUNT(*) FROM customer")).containsExactly("5");
  }

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void postgresReadsBackslashesTheSameWithoutStandardConformingStrings(TestDb db) {
    db.engine()
        .transaction(
            connection -> {
              connection.executeUpdate(Sql.text("SET standard_conforming_strings = off"));
              for (String text : HOSTILE) {
                Object back = connection.execute(Sql.select(Sql.inline(text))).scalar();
                assertThat(back).as(text).isEqualTo(text);
              }
            });
  }
}
