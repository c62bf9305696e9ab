package dev.cairn.core.dialect.mysql;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.ForeignKey;
import dev.cairn.core.schema.Index;
import dev.cairn.core.schema.ReferentialAction;
import dev.cairn.core.schema.StandardDdlDialect;
import dev.cairn.core.schema.Table;
import dev.cairn.core.schema.UniqueConstraint;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.type.TypeKind;
import java.util.List;

/**
 * MySQL's DDL syntax: {@code AUTO_INCREMENT} (on the first column of a key, one per table), InnoDB
 * tables (for foreign keys and transactions), {@code DROP FOREIGN KEY}, no sequences, no {@code ON
 * DELETE SET DEFAULT}, no keys on unbounded TEXT/BLOB/JSON columns.
 */
public class MySqlDdl extends StandardDdlDialect {

  /** Creates the MySQL DDL syntax. */
  public MySqlDdl() {}

  @Override
  public boolean supportsSequences() {
    return false;
  }

  @Override
  public boolean supportsReferentialAction(ReferentialAction action) {
    return action != ReferentialAction.SET_DEFAULT;
  }

  @Override
  public void renderIdentity(RenderContext context, Column<?> column) {
    context.sql(" AUTO_INCREMENT");
  }

  @Override
  public boolean identityAfterNotNull() {
    return true;
  }

  @Override
  public void validateIdentity(RenderContext context, Table table, Column<?> column) {
    for (Column<?> other : table.columns()) {
      if (other.options().identity() && !other.equals(column)) {
        throw new CairnException(
            "Table "
                + table.name()
                + " has two identity columns ("
                + column.name()
                + ", "
                + other.name()
                + "); "
                + context.dialect().name()
                + " allows one AUTO_INCREMENT column per table");
      }
    }
    if (firstOf(table.primaryKey(), column)) {
      return;
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      if (firstOf(unique.columns(), column)) {
        return;
      }
    }
    for (Index index : table.indexes()) {
      if (firstOf(index.columns(), column)) {
        return;
      }
    }
    throw new CairnException(
        "Identity column "
            + column
            + " must be the first column of a key on "
            + context.dialect().name()
            + " (AUTO_INCREMENT needs one); make it the primary key or unique");
  }

  private static boolean firstOf(List<Column<?>> key, Column<?> column) {
    return !key.isEmpty() && key.get(0).equals(column);
  }

  @Override
  public void validateKeyColumn(RenderContext context, String keyName, Column<?> column) {
    TypeKind kind = column.type().kind();
    boolean unbounded =
        kind == TypeKind.TEXT
            || kind == TypeKind.JSON
            || (kind == TypeKind.BINARY && column.type().length() == 0);
    if (unbounded) {
      throw new CairnException(
          "Column "
              + column
              + " of type "
              + column.type()
              + " cannot be part of key or index "
              + keyName
              + " on "
              + context.dialect().name()
              + ", which cannot index unbounded TEXT/BLOB/JSON columns; declare it with a length,"
              + " e.g. SqlTypes.varchar(255)");
    }
  }

  @Override
  public String tableOptions() {
    return " ENGINE=InnoDB";
  }

  @Override
  public void renderDropForeignKey(RenderContext context, ForeignKey key) {
    context
        .sql("ALTER TABLE ")
        .identifier(key.table().name())
        .sql(" DROP FOREIGN KEY ")
        .identifier(key.name());
  }

  /** {@code DROP INDEX name ON table}: MySQL names the table. */
  @Override
  public void renderDropIndex(RenderContext context, Index index) {
    context
        .sql("DROP INDEX ")
        .identifier(index.name())
        .sql(" ON ")
        .identifier(index.table().name());
  }

  /** {@code ALTER TABLE t DROP INDEX u}: a unique constraint is an index in MySQL. */
  @Override
  public void renderDropUnique(RenderContext context, Table table, UniqueConstraint unique) {
    context
        .sql("ALTER TABLE ")
        .identifier(table.name())
        .sql(" DROP INDEX ")
        .identifier(unique.name());
  }
}
