package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.ForeignKey;
import dev.cairn.core.schema.ServerDefault;
import dev.cairn.core.schema.StandardDdlDialect;
import dev.cairn.core.schema.Table;
import dev.cairn.core.schema.UniqueConstraint;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.TypeKind;
import java.util.List;

/**
 * SQLite's DDL syntax: identity is {@code INTEGER PRIMARY KEY AUTOINCREMENT} (a single-column key),
 * no sequences, no {@code ALTER TABLE ... ADD CONSTRAINT} (so no foreign-key cycles), expression
 * defaults in parentheses, and a {@code CHECK (length(col) <= n)} on each {@code varchar(n)} and
 * {@code binary(n)} column, since SQLite itself accepts a value of any length in any column.
 */
public class SqliteDdl extends StandardDdlDialect {

  /** Creates the SQLite DDL syntax. */
  public SqliteDdl() {}

  @Override
  public boolean supportsSequences() {
    return false;
  }

  @Override
  public boolean supportsAddForeignKey() {
    return false;
  }

  @Override
  public String columnTypeName(RenderContext context, Column<?> column) {
    return column.options().identity() ? "INTEGER" : super.columnTypeName(context, column);
  }

  @Override
  public void renderColumnChecks(RenderContext context, Column<?> column) {
    SqlType<?> type = column.type();
    boolean bounded = type.kind() == TypeKind.VARCHAR || type.kind() == TypeKind.BINARY;
    if (bounded && type.length() > 0) {
      context.sql(" CHECK (length(").identifier(column.name()).sql(") <= ");
      context.sql(Integer.toString(type.length())).sql(')');
    }
  }

  @Override
  public void renderIdentity(RenderContext context, Column<?> column) {
    context.sql(" PRIMARY KEY AUTOINCREMENT");
  }

  @Override
  public boolean identityDeclaresPrimaryKey() {
    return true;
  }

  @Override
  public void validateIdentity(RenderContext context, Table table, Column<?> column) {
    List<Column<?>> key = table.primaryKey();
    if (key.size() != 1 || !key.get(0).equals(column)) {
      throw new CairnException(
          "Identity column "
              + column
              + " must be the table's only primary key column on "
              + context.dialect().name()
              + " (INTEGER PRIMARY KEY AUTOINCREMENT), but the primary key of "
              + table.name()
              + " is "
              + key.stream().map(Column::name).toList()
              + "; drop identity() or make "
              + column.name()
              + " the sole primary key");
    }
  }

  @Override
  public void renderServerDefault(RenderContext context, ServerDefault serverDefault) {
    if (serverDefault.isExpression()) {
      context.sql('(').visit(serverDefault).sql(')');
    } else {
      context.visit(serverDefault);
    }
  }

  @Override
  public void renderDropForeignKey(RenderContext context, ForeignKey key) {
    throw new CairnException(
        "Foreign key "
            + key.name()
            + " cannot be dropped on its own on "
            + context.dialect().name()
            + ", which has no ALTER TABLE ... DROP CONSTRAINT; drop table "
            + key.table().name()
            + " instead");
  }

  /**
   * {@code CREATE UNIQUE INDEX u ON t (a, b)}: SQLite cannot add a constraint to an existing table,
   * and a unique index enforces the same.
   */
  @Override
  public void renderAddUnique(RenderContext context, Table table, UniqueConstraint unique) {
    context
        .sql("CREATE UNIQUE INDEX ")
        .identifier(unique.name())
        .sql(" ON ")
        .identifier(table.name())
        .sql(' ');
    columnList(context, unique.columns());
  }

  @Override
  public void renderDropUnique(RenderContext context, Table table, UniqueConstraint unique) {
    throw new CairnException(
        "Unique constraint "
            + unique.name()
            + " of table "
            + table.name()
            + " cannot be dropped on its own on "
            + context.dialect().name()
            + ", which has no ALTER TABLE ... DROP CONSTRAINT; recreate table "
            + table.name()
            + " without it");
  }
}
