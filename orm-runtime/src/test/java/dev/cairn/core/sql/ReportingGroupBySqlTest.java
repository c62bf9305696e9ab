package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.assertSql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GROUP BY and ORDER BY of select-list expressions that hold bound values (issue 15, item 4). */
class ReportingGroupBySqlTest {

  private final ReportingTables.Film film = ReportingTables.FILM;

  private static final List<Dialect> BY_POSITION =
      List.of(Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB, Dialects.SQLITE);

  private Expression<String> bucket() {
    return Sql.caseWhen(film.length.lt(60), "short")
        .when(film.length.lt(120), "medium")
        .otherwise("long");
  }

  @Test
  void aRepeatedCaseGroupsByItsPositionOrH2sLabel() {
    Select select =
        Sql.select(bucket(), Sql.count()).from(film).groupBy(bucket()).orderBy(bucket());
    String caseSql = "CASE WHEN film.length < ? THEN ? WHEN film.length < ? THEN ? ELSE ? END";
    for (Dialect dialect : BY_POSITION) {
      assertSql(
          select,
          dialect,
          "SELECT " + caseSql + ", COUNT(*) FROM film GROUP BY 1 ORDER BY 1 ASC",
          60,
          "short",
          120,
          "medium",
          "long");
    }
    assertSql(
        select,
        Dialects.H2,
        "SELECT "
            + caseSql
            + " AS cairn_group_1, COUNT(*) FROM film GROUP BY cairn_group_1 ORDER BY 1 ASC",
        60,
        "short",
        120,
        "medium",
        "long");
  }

  @Test
  void aLabelledGroupByItemGroupsByTheExpressionOrItsLabel() {
    Expression<String> labelled = bucket().as("bucket");
    Select select =
        Sql.select(labelled, Sql.count().as("films"))
            .from(film)
            .groupBy(labelled)
            .orderBy(labelled.desc());
    String caseSql =
        "CASE WHEN film.length < ? THEN ? WHEN film.length < ? THEN ? ELSE ? END AS bucket";
    assertSql(
        select,
        Dialects.POSTGRESQL,
        "SELECT " + caseSql + ", COUNT(*) AS films FROM film GROUP BY 1 ORDER BY bucket DESC",
        60,
        "short",
        120,
        "medium",
        "long");
    assertSql(
        select,
        Dialects.H2,
        "SELECT " + caseSql + ", COUNT(*) AS films FROM film GROUP BY bucket ORDER BY bucket DESC",
        60,
        "short",
        120,
        "medium",
        "long");
    Select plain = Sql.select(film.rating.as("r"), Sql.count()).groupBy(film.rating.as("r"));
    for (Dialect dialect : SelectSqlAssert.ALL) {
      assertSql(plain, dialect, "SELECT film.rating AS r, COUNT(*) FROM film GROUP BY film.rating");
    }
  }

  @Test
  void groupingByAnExpressionWithoutValuesRepeatsIt() {
    Expression<Integer> minutes = film.length.plus(film.rentalDuration);
    Select select = Sql.select(minutes, Sql.count()).from(film).groupBy(minutes).orderBy(minutes);
    for (Dialect dialect : SelectSqlAssert.ALL) {
      assertSql(
          select,
          dialect,
          "SELECT film.length + film.rental_duration, COUNT(*) FROM film"
              + " GROUP BY film.length + film.rental_duration"
              + " ORDER BY film.length + film.rental_duration ASC");
    }
  }

  @Test
  void inlineConstantsNeedNoReference() {
    Expression<String> inline =
        Sql.caseWhen(film.length.lt(Sql.inline(60)), Sql.inline("short"))
            .otherwise(Sql.inline("long"));
    Select select =
        Sql.select(inline, Sql.count())
            .from(film)
            .groupBy(inline)
            .having(inline.ne(Sql.inline("long")));
    String caseSql = "CASE WHEN film.length < 60 THEN 'short' ELSE 'long' END";
    for (Dialect dialect : SelectSqlAssert.ALL) {
      assertSql(
          select,
          dialect,
          "SELECT "
              + caseSql
              + ", COUNT(*) FROM film GROUP BY "
              + caseSql
              + " HAVING "
              + caseSql
              + " <> 'long'");
    }
  }

  @Test
  void aGroupByItemMayReferToAnyColumnAndKeepsOthersAsWritten() {
    Expression<String> initial = Functions.substring(film.title, 1, 1);
    Select select =
        Sql.select(film.rating, initial, Sql.count()).from(film).groupBy(film.rating, initial);
    assertSql(
        select,
        Dialects.SQLITE,
        "SELECT film.rating, SUBSTRING(film.title, ?, ?), COUNT(*) FROM film"
            + " GROUP BY film.rating, 2",
        1,
        1);
    assertSql(
        select,
        Dialects.H2,
        "SELECT film.rating, SUBSTRING(film.title, ?, ?) AS cairn_group_2, COUNT(*) FROM film"
            + " GROUP BY film.rating, cairn_group_2",
        1,
        1);
  }

  @Test
  void orderByRefersToSelectedColumnsOnlyWhenGroupedOrDistinct() {
    Select ungrouped = Sql.select(film.title, bucket()).from(film).orderBy(bucket());
    assertThat(ungrouped.compile(Dialects.POSTGRESQL).sql())
        .endsWith(
            "ORDER BY CASE WHEN film.length < ? THEN ? WHEN film.length < ? THEN ?"
                + " ELSE ? END ASC");
    Select distinct = Sql.select(bucket()).from(film).distinct().orderBy(bucket().desc());
    assertThat(distinct.compile(Dialects.POSTGRESQL).sql()).endsWith(" ORDER BY 1 DESC");
    assertThat(distinct.compile(Dialects.POSTGRESQL).parameters()).hasSize(5);
  }

  @Test
  void aGroupByItemThatRepeatsAColumnWithOtherValuesIsRefused() {
    Expression<String> other =
        Sql.caseWhen(film.length.lt(90), "short")
            .when(film.length.lt(120), "medium")
            .otherwise("long");
    Select select = Sql.select(bucket(), Sql.count()).from(film).groupBy(other);
    assertThatThrownBy(() -> select.compile(Dialects.POSTGRESQL))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "GROUP BY item 1 repeats select-list column 1 (CASE WHEN film.length < ? THEN ?"
                + " WHEN film.length < ? THEN ? ELSE ? END) with other bound values; group by the"
                + " same expression object you select, or write its constants with Sql.inline");
  }
}
