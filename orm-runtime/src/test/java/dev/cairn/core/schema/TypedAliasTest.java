package dev.cairn.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.type.SqlTypes;
import org.junit.jupiter.api.Test;

/** Typed aliases of {@code Table} subclasses (issue 15, item 8). */
class TypedAliasTest {

  static final class Actors extends Table {
    final Column<Integer> actorId = column("actor_id", SqlTypes.INTEGER).primaryKey();
    final Column<String> name = column("name", SqlTypes.varchar(45)).notNull();
    final Column<Integer> mentorId = column("mentor_id", SqlTypes.INTEGER).references(actorId);

    Actors() {
      super("actor");
    }
  }

  static final class Roles extends Table {
    final Column<Integer> roleId = column("role_id", SqlTypes.INTEGER).primaryKey();
    final Column<Integer> actorId;

    Roles(Actors actors) {
      super("role");
      actorId = column("actor_id", SqlTypes.INTEGER).notNull().references(actors.actorId);
    }
  }

  /** A class whose constructor declares columns depending on its argument. */
  static final class Shifting extends Table {
    Shifting(int columns) {
      super("shifting");
      for (int i = 0; i < columns; i++) {
        column("c" + i, SqlTypes.INTEGER);
      }
    }
  }

  private final Actors actor = new Actors();

  @Test
  void aTypedAliasHasTheTablesTypedColumnsQualifiedByTheAlias() {
    Actors a1 = Table.alias(actor, "a1");
    Actors a2 = Table.alias(actor, "a2", Actors::new);
    assertThat(a1).isInstanceOf(Actors.class).isNotSameAs(actor);
    assertThat(a1.name()).isEqualTo("a1");
    assertThat(a1.asTableAlias()).isEqualTo(actor.as("a1"));
    assertThat(actor.asTableAlias()).isNull();
    assertThat(a1.isSealed()).isTrue();
    assertThat(
            Sql.select(a1.name, a2.name)
                .from(a1)
                .join(a2, a2.mentorId.eq(a1.actorId))
                .where(a1.name.eq("Penelope"))
                .toSql(Dialects.POSTGRESQL))
        .isEqualTo(
            "SELECT a1.name, a2.name FROM actor AS a1 JOIN actor AS a2 ON a2.mentor_id ="
                + " a1.actor_id WHERE a1.name = ?");
    assertThat(Sql.selectFrom(a1).toSql(Dialects.MYSQL))
        .isEqualTo("SELECT a1.actor_id, a1.name, a1.mentor_id FROM actor AS a1");
  }

  @Test
  void columnsInferTheFromClauseAndJoinsFollowForeignKeys() {
    Actors mentor = Table.alias(actor, "mentor");
    Roles role = new Roles(actor);
    assertThat(Sql.select(actor.name, mentor.name).join(mentor).toSql(Dialects.H2))
        .isEqualTo(
            "SELECT actor.name, mentor.name FROM actor JOIN actor AS mentor"
                + " ON actor.actor_id = mentor.mentor_id");
    Roles r = Table.alias(role, "r", () -> new Roles(actor));
    assertThat(Sql.select(r.roleId, actor.name).from(r).join(actor).toSql(Dialects.SQLITE))
        .isEqualTo(
            "SELECT r.role_id, actor.name FROM role AS r JOIN actor ON actor.actor_id ="
                + " r.actor_id");
  }

  @Test
  void equalityFollowsTheTableAndTheAliasName() {
    Actors a1 = Table.alias(actor, "a1");
    Actors again = Table.alias(actor, "a1");
    Actors other = Table.alias(actor, "a2");
    assertThat(again).isEqualTo(a1).hasSameHashCodeAs(a1).isNotEqualTo(other);
    assertThat(again.name).isEqualTo(a1.name).isNotEqualTo(actor.name);
    assertThat(Sql.select(a1.name, again.actorId).toSql(Dialects.H2))
        .isEqualTo("SELECT a1.name, a1.actor_id FROM actor AS a1");
    assertThat(actor).isEqualTo(actor).isNotEqualTo(new Actors());
  }

  @Test
  void aliasesOfAliasesAliasTheTable() {
    Actors a1 = Table.alias(actor, "a1");
    Actors b = Table.alias(a1, "b");
    assertThat(b.asTableAlias().table()).isSameAs(actor);
    assertThat(a1.as("c")).isEqualTo(actor.as("c"));
    assertThat(Sql.select(b.name).toSql(Dialects.H2)).isEqualTo("SELECT b.name FROM actor AS b");
  }

  @Test
  void conditionsOverTheTableAdaptToATypedAlias() {
    Actors a1 = Table.alias(actor, "a1");
    assertThat(
            Sql.select(a1.name)
                .where(a1.asTableAlias().adapt(actor.name.startsWith("P")))
                .toSql(Dialects.H2))
        .isEqualTo("SELECT a1.name FROM actor AS a1 WHERE a1.name LIKE ? ESCAPE ?");
    assertThat(
            Sql.select(a1.name).where(Sql.adapt(actor.actorId.eq(1), actor, a1)).toSql(Dialects.H2))
        .isEqualTo("SELECT a1.name FROM actor AS a1 WHERE a1.actor_id = ?");
  }

  @Test
  void misuseIsRefusedWithWhatToDo() {
    Actors a1 = Table.alias(actor, "a1");
    assertThatThrownBy(() -> new MetaData().add(a1))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "MetaData cannot hold actor AS a1, a typed alias; add the table actor itself (a"
                + " constructor that adds its table to a MetaData builds aliases that fail here:"
                + " add tables outside their constructor)");
    assertThatThrownBy(() -> Table.alias(actor, "x", () -> actor))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "The factory for alias x of table actor did not build a new "
                + Actors.class.getName()
                + "; pass a factory that calls its constructor, e.g. Actors::new");
    Shifting shifting = new Shifting(2);
    assertThatThrownBy(() -> Table.alias(shifting, "s"))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Table class "
                + Shifting.class.getName()
                + " has no accessible constructor without parameters to build a typed alias;"
                + " pass one: Table.alias(table, \"alias\", () -> new Shifting(…))");
    assertThatThrownBy(() -> Table.alias(shifting, "s", () -> new Shifting(1)))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Alias s of table shifting declares other columns than the table ((c0) instead of"
                + " (c0, c1)); a typed alias needs a class whose constructor always declares the"
                + " same columns");
    assertThatThrownBy(() -> Table.alias(actor, " "))
        .isInstanceOf(CairnException.class)
        .hasMessage("A table alias must not be blank");
    assertThatThrownBy(() -> a1.column("extra", SqlTypes.INTEGER))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("sealed");
  }
}
