package dev.cairn.core.sql;

import static dev.cairn.core.sql.DmlTestTables.assertCompiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.DmlTestTables.Users;
import dev.cairn.core.sql.type.SqlTypes;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSqlTest {

  private static final List<Dialect> ALL =
      List.of(Dialects.H2, Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB, Dialects.SQLITE);

  @Test
  void placeholdersBecomeBoundParametersOnEveryDialect() {
    TextSql text = Sql.text("SELECT * FROM users WHERE name = :name").bind("name", "ann");
    for (Dialect dialect : ALL) {
      assertCompiles(text, dialect, "SELECT * FROM users WHERE name = ?", "ann");
    }
    assertThat(text.compile(Dialects.H2).parameters().get(0).type()).isEqualTo(SqlTypes.TEXT);
  }

  @Test
  void aCollectionExpandsToOneParameterPerElementAndAnEmptyOneToNull() {
    TextSql text = Sql.text("SELECT * FROM users WHERE id IN (:ids) AND name IN (:names)");
    assertCompiles(
        text.bind("ids", List.of(1L, 2L, 3L)).bind("names", new String[] {"ann"}),
        Dialects.POSTGRESQL,
        "SELECT * FROM users WHERE id IN (?, ?, ?) AND name IN (?)",
        1L,
        2L,
        3L,
        "ann");
    assertCompiles(
        text.bind("ids", List.of()).bind("names", List.of("bo")),
        Dialects.H2,
        "SELECT * FROM users WHERE id IN (NULL) AND name IN (?)",
        "bo");
  }

  @Test
  void theSameNameTwiceIsSentTwice() {
    TextSql text =
        Sql.text("SELECT * FROM users WHERE name = :name OR nick = :name AND id > :min")
            .bind("name", "ann")
            .bind("min", 3L);
    assertCompiles(
        text,
        Dialects.POSTGRESQL,
        "SELECT * FROM users WHERE name = ? OR nick = ? AND id > ?",
        "ann",
        "ann",
        3L);
    assertThat(text.parameterNames()).containsExactly("name", "min");
  }

  @Test
  void literalsCommentsQuotedIdentifiersAndCastsAreLeftAlone() {
    String sql =
        "SELECT ':no', \"a:b\", `c:d`, x::text, :yes::int, '' || ':still''not' -- :comment\n"
            + "/* :block */ , $$ :dollar $$, $tag$ :tagged $tag$, a:b, \\:escaped FROM t"
            + " WHERE z = :z";
    TextSql text = Sql.text(sql).bind("yes", 1).bind("z", "v");
    assertThat(text.parameterNames()).containsExactly("yes", "z");
    assertCompiles(
        text,
        Dialects.POSTGRESQL,
        "SELECT ':no', \"a:b\", `c:d`, x::text, ?::int, '' || ':still''not' -- :comment\n"
            + "/* :block */ , $$ :dollar $$, $tag$ :tagged $tag$, a:b, :escaped FROM t"
            + " WHERE z = ?",
        1,
        "v");
  }

  @Test
  void typedAndExpressionBindings() {
    TextSql text =
        Sql.text("UPDATE users SET born = :born, name = :name WHERE id = :id")
            .bind("born", SqlTypes.DATE, LocalDate.of(2000, 1, 2))
            .bind("name", SqlTypes.varchar(50), null)
            .bind("id", Sql.param("id", SqlTypes.BIGINT));
    CompiledStatement compiled =
        assertCompiles(
            text,
            Dialects.MARIADB,
            "UPDATE users SET born = ?, name = ? WHERE id = ?",
            LocalDate.of(2000, 1, 2),
            null,
            ":id");
    assertThat(compiled.parameters().get(0).type()).isEqualTo(SqlTypes.DATE);
    assertThat(compiled.parameters().get(1).type()).isEqualTo(SqlTypes.varchar(50));
    assertThat(compiled.kind()).isEqualTo(StatementKind.UPDATE);
  }

  @Test
  void untypedValuesGetTheTypeOfTheirClass() {
    TextSql text =
        Sql.text("SELECT :a, :b, :c, :d, :e")
            .bind("a", 1L)
            .bind("b", true)
            .bind("c", StatementKind.DDL)
            .bind("d", null)
            .bind("e", new java.math.BigDecimal("1.5"));
    List<Parameter> parameters = text.compile(Dialects.H2).parameters();
    assertThat(parameters)
        .extracting(Parameter::type)
        .containsExactly(
            SqlTypes.BIGINT,
            SqlTypes.BOOLEAN,
            SqlTypes.enumType(StatementKind.class),
            SqlTypes.OBJECT,
            SqlTypes.OBJECT);
  }

  @Test
  void missingBindingNamesTheParameterAndTheSql() {
    TextSql text = Sql.text("SELECT * FROM users WHERE name = :name AND id = :id").bind("id", 1);
    assertThatThrownBy(() -> text.compile(Dialects.SQLITE))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Text SQL placeholder :name has no value; call bind(\"name\", value) before executing:"
                + " SELECT * FROM users WHERE name = :name AND id = :id");
  }

  @Test
  void bindingAnUnknownNameFails() {
    assertThatThrownBy(() -> Sql.text("SELECT :a").bind("b", 1))
        .isInstanceOf(CairnException.class)
        .hasMessage("Text SQL has no placeholder :b; its placeholders are [a] in: SELECT :a");
  }

  @Test
  void kindIsGuessedFromTheFirstKeyword() {
    assertThat(Sql.text("  select 1").kind()).isEqualTo(StatementKind.SELECT);
    assertThat(Sql.text("-- note\n/* x */ (SELECT 1)").kind()).isEqualTo(StatementKind.SELECT);
    assertThat(Sql.text("WITH x AS (SELECT 1) SELECT * FROM x").kind())
        .isEqualTo(StatementKind.SELECT);
    assertThat(Sql.text("insert into t values (1)").kind()).isEqualTo(StatementKind.INSERT);
    assertThat(Sql.text("MERGE INTO t USING s ON 1 = 1").kind()).isEqualTo(StatementKind.INSERT);
    assertThat(Sql.text("UPDATE t SET a = 1").kind()).isEqualTo(StatementKind.UPDATE);
    assertThat(Sql.text("DELETE FROM t").kind()).isEqualTo(StatementKind.DELETE);
    assertThat(Sql.text("CREATE TABLE t (a INT)").kind()).isEqualTo(StatementKind.DDL);
    assertThat(Sql.text("SET search_path = x").kind()).isEqualTo(StatementKind.OTHER);
    assertThat(Sql.text("CALL p()").kind(StatementKind.SELECT).kind())
        .isEqualTo(StatementKind.SELECT);
  }

  @Test
  void declaredColumnsAreTheResultColumns() {
    Users users = new Users();
    TextSql text = Sql.text("SELECT id, name FROM users").columns(users.id, users.name);
    assertThat(text.resultColumns()).containsExactly(users.id, users.name);
    assertThat(text.compile(Dialects.H2).resultColumns()).containsExactly(users.id, users.name);
    assertThat(text.compile(Dialects.H2).returnsRows()).isTrue();
  }

  @Test
  void structuralEquality() {
    TextSql a = Sql.text("SELECT :x").bind("x", 1);
    assertThat(a).isEqualTo(Sql.text("SELECT :x").bind("x", 1));
    assertThat(a.hashCode()).isEqualTo(Sql.text("SELECT :x").bind("x", 1).hashCode());
    assertThat(a).isNotEqualTo(Sql.text("SELECT :x").bind("x", 2));
    assertThat(a.toString()).isEqualTo("SELECT :x");
    assertThat(a.text()).isEqualTo("SELECT :x");
  }
}
