package dev.cairn.spring.data.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spring.data.query.SqlTables.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the start-up check reads as table names in SQL, and what it leaves alone. */
class SqlTablesTest {

  private static List<String> tables(String sql) {
    SqlTokens tokens = SqlTokens.of(sql);
    assertThat(tokens.unsure()).as("unsure").isFalse();
    return SqlTables.of(tokens.list()).references().stream()
        .map(r -> r.keyword() + " " + r.name() + (r.alias() == null ? "" : " " + r.alias()))
        .toList();
  }

  @Test
  void fromListsJoinsAndSubqueries() {
    assertThat(
            tables(
                "SELECT * FROM owners o, pets AS p LEFT OUTER JOIN visits v ON v.pet_id = p.id"
                    + " WHERE o.id IN (SELECT owner_id FROM pets WHERE name = :name)"))
        .containsExactly("FROM owners o", "FROM pets p", "JOIN visits v", "FROM pets");
  }

  @Test
  void dmlTargets() {
    assertThat(tables("UPDATE owners SET city = :city WHERE id = :id"))
        .containsExactly("UPDATE owners");
    assertThat(tables("INSERT INTO owners (first_name) VALUES (:name)"))
        .containsExactly("INTO owners");
    assertThat(tables("DELETE FROM visits WHERE pet_id = ?1")).containsExactly("FROM visits");
    assertThat(
            tables(
                "INSERT INTO counters (name, n) VALUES ('a', 1) ON DUPLICATE KEY UPDATE n = n + 1"))
        .containsExactly("INTO counters");
    assertThat(tables("SELECT * FROM owners WHERE id = 1 FOR UPDATE"))
        .containsExactly("FROM owners");
  }

  @Test
  void whatIsNoTableIsNotListed() {
    assertThat(tables("SELECT EXTRACT(YEAR FROM visit_date), SUBSTRING(name FROM 2) FROM visits"))
        .containsExactly("FROM visits");
    assertThat(tables("SELECT * FROM generate_series(1, 3) AS g(n)")).isEmpty();
    assertThat(tables("SELECT * FROM public.owners")).isEmpty();
    assertThat(tables("SELECT * FROM \"Owner\"")).isEmpty();
    assertThat(tables("SELECT * FROM owners WHERE city IS DISTINCT FROM :city"))
        .containsExactly("FROM owners");
    assertThat(tables("SELECT 'FROM Owner o' AS text FROM owners -- FROM Pet p\n"))
        .containsExactly("FROM owners");
    assertThat(tables("SELECT $body$ FROM Owner $body$ FROM owners"))
        .containsExactly("FROM owners");
    assertThat(tables("CALL refresh_owners()")).isEmpty();
  }

  @Test
  void commonTableExpressionsAreNamed() {
    SqlTokens tokens =
        SqlTokens.of(
            "WITH Owner AS (SELECT * FROM owners), recent(id) AS (SELECT id FROM visits)"
                + " SELECT * FROM Owner JOIN recent ON recent.id = Owner.id");
    SqlTables tables = SqlTables.of(tokens.list());
    assertThat(tables.isCte("owner")).isTrue();
    assertThat(tables.isCte("RECENT")).isTrue();
    assertThat(tables.isCte("owners")).isFalse();
    assertThat(tables.references())
        .extracting(Reference::name)
        .containsExactly("owners", "visits", "Owner", "recent");
  }

  @Test
  void theSelectedWord() {
    assertThat(SqlTables.of(SqlTokens.of("SELECT p FROM Pet p").list()).selectedWord())
        .isEqualTo("p");
    assertThat(SqlTables.of(SqlTokens.of("SELECT DISTINCT p FROM Pet p").list()).selectedWord())
        .isEqualTo("p");
    assertThat(SqlTables.of(SqlTokens.of("SELECT p.* FROM pets p").list()).selectedWord()).isNull();
  }

  @Test
  void textThatReadsTwoWaysIsUnsure() {
    assertThat(SqlTokens.of("SELECT * FROM t WHERE a = 'x\\' FROM Owner o").unsure()).isTrue();
    assertThat(SqlTokens.of("SELECT * FROM t # FROM Owner o").unsure()).isTrue();
    assertThat(SqlTokens.of("SELECT * FROM t WHERE a = 'open").unsure()).isTrue();
    assertThat(SqlTokens.of("SELECT * FROM t /* open").unsure()).isTrue();
    assertThat(SqlTokens.of("SELECT * FROM t WHERE a = 'it''s'").unsure()).isFalse();
    assertThat(SqlTokens.of("SELECT x::int FROM t WHERE a = :from").list())
        .extracting(SqlTokens.Token::text)
        .containsExactly("SELECT", "x", ":", ":", "int", "FROM", "t", "WHERE", "a", "=", "from");
  }
}
