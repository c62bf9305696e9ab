package dev.cairn.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.type.SqlTypes;
import org.junit.jupiter.api.Test;

/** Conditions over a table applied to an alias of it, and anonymous aliases named at render. */
class SchemaAliasAdaptTest {

  static final class Nodes extends Table {
    final Column<Integer> id = column("id", SqlTypes.INTEGER).primaryKey();
    final Column<String> name = column("name", SqlTypes.varchar(50));
    final Column<Integer> parentId = column("parent_id", SqlTypes.INTEGER).references(id);

    Nodes() {
      super("nodes");
    }
  }

  @Test
  void adaptRendersTheTablesColumnsThroughTheAliasInnermostFirst() {
    Nodes nodes = new Nodes();
    TableAlias up = nodes.as("up");
    Condition named = nodes.name.eq("x");
    assertThat(
            Sql.select(nodes.id)
                .from(nodes)
                .join(up, up.column(nodes.id).eq(nodes.parentId))
                .where(up.adapt(named.or(nodes.id.eq(1))).and(named))
                .toSql(Dialects.POSTGRESQL))
        .isEqualTo(
            "SELECT nodes.id FROM nodes JOIN nodes AS up ON up.id = nodes.parent_id"
                + " WHERE (up.name = ? OR up.id = ?) AND nodes.name = ?");
    TableAlias top = nodes.as("top");
    assertThat(Sql.select(up.adapt(top.adapt(nodes.name))).from(top).toSql(Dialects.H2))
        .isEqualTo("SELECT top.name FROM nodes AS top");
  }

  @Test
  void anonymousAliasesAreNumberedInOrderOfAppearance() {
    Nodes nodes = new Nodes();
    TableAlias first = nodes.anonymousAlias();
    TableAlias second = nodes.anonymousAlias();
    String sql =
        Sql.select(first.column(nodes.id))
            .from(first)
            .where(
                Sql.exists(
                    Sql.select(second.column(nodes.id))
                        .from(second)
                        .where(second.column(nodes.id).eq(first.column(nodes.parentId)))))
            .toSql(Dialects.SQLITE);
    assertThat(sql)
        .isEqualTo(
            "SELECT nodes_1.id FROM nodes AS nodes_1 WHERE EXISTS (SELECT nodes_2.id FROM nodes"
                + " AS nodes_2 WHERE nodes_2.id = nodes_1.parent_id)");
  }
}
