package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.RenderContext;
import java.util.List;
import java.util.Set;

/** Writes one {@code CREATE TABLE} statement: column definitions, then table constraints. */
final class CreateTableRenderer {

  private static final String INDENT = "\n  ";

  private final DdlDialect ddl;
  private final RenderContext context;

  CreateTableRenderer(DdlDialect ddl, RenderContext context) {
    this.ddl = ddl;
    this.context = context;
  }

  void render(Table table, Set<ForeignKey> leftOut) {
    boolean identityIsKey = false;
    for (Column<?> column : table.columns()) {
      if (column.options().identity()) {
        ddl.validateIdentity(context, table, column);
        identityIsKey |= ddl.identityDeclaresPrimaryKey();
      }
    }
    context.sql("CREATE TABLE ").identifier(table.name()).sql(" (");
    String separator = INDENT;
    for (Column<?> column : table.columns()) {
      context.sql(separator);
      column(table, column);
      separator = "," + INDENT;
    }
    PrimaryKey key = table.primaryKeyConstraint();
    if (key != null) {
      keyColumns(key.name(), key.columns());
      if (!identityIsKey) {
        context.sql(separator).sql("CONSTRAINT ").identifier(key.name()).sql(" PRIMARY KEY ");
        columnList(key.columns());
      }
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      keyColumns(unique.name(), unique.columns());
      context.sql(separator).sql("CONSTRAINT ").identifier(unique.name()).sql(" UNIQUE ");
      columnList(unique.columns());
    }
    for (CheckConstraint check : table.checks()) {
      context.sql(separator).sql("CONSTRAINT ").identifier(check.name()).sql(" CHECK (");
      checkCondition(check);
      context.sql(')');
    }
    for (ForeignKey foreignKey : table.foreignKeys()) {
      if (!leftOut.contains(foreignKey)) {
        context.sql(separator);
        foreignKey(foreignKey);
      }
    }
    context.sql("\n)").sql(ddl.tableOptions());
  }

  /** {@code CONSTRAINT fk FOREIGN KEY (a) REFERENCES t (b) [ON DELETE ..] [ON UPDATE ..]}. */
  void foreignKey(ForeignKey key) {
    keyColumns(key.name(), key.columns());
    keyColumns(key.name(), key.targetColumns());
    context.sql("CONSTRAINT ").identifier(key.name()).sql(" FOREIGN KEY ");
    columnList(key.columns());
    context.sql(" REFERENCES ").identifier(key.target().name()).sql(' ');
    columnList(key.targetColumns());
    action(key, "ON DELETE", key.onDelete());
    action(key, "ON UPDATE", key.onUpdate());
  }

  private void action(ForeignKey key, String clause, ReferentialAction action) {
    if (action == ReferentialAction.NO_ACTION) {
      return;
    }
    if (!ddl.supportsReferentialAction(action)) {
      throw new CairnException(
          clause
              + " "
              + action.sql()
              + " of foreign key "
              + key.name()
              + " ("
              + key.describe()
              + ") is not supported by "
              + context.dialect().name()
              + "; use CASCADE, SET NULL or RESTRICT");
    }
    context.sql(' ').sql(clause).sql(' ').sql(action.sql());
  }

  /**
   * Writes {@code column}'s definition: name, type, identity or default, NOT NULL, and the
   * dialect's column checks.
   */
  void column(Table table, Column<?> column) {
    ColumnOptions<?> options = column.options();
    context.identifier(column.name()).sql(' ').sql(ddl.columnTypeName(context, column));
    boolean identity = options.identity();
    if (identity && !ddl.identityAfterNotNull()) {
      ddl.renderIdentity(context, column);
    }
    Sequence sequence = options.sequence();
    if (sequence != null) {
      if (!ddl.supportsSequences()) {
        throw new CairnException(
            "Column "
                + column
                + " is numbered from sequence "
                + sequence.name()
                + ", but "
                + context.dialect().name()
                + " has no sequences; use identity() instead");
      }
      context.sql(" DEFAULT ");
      ddl.renderNextValue(context, sequence);
    }
    ServerDefault serverDefault = options.serverDefault();
    if (serverDefault != null) {
      context.sql(" DEFAULT ");
      ddl.renderServerDefault(context, serverDefault);
    }
    if (!options.nullable() && !(identity && ddl.identityDeclaresPrimaryKey())) {
      context.sql(" NOT NULL");
    }
    if (identity && ddl.identityAfterNotNull()) {
      ddl.renderIdentity(context, column);
    }
    ddl.renderColumnChecks(context, column);
  }

  private void checkCondition(CheckConstraint check) {
    boolean literals = context.inlineLiterals(true);
    boolean qualify = context.qualifyColumns(false);
    try {
      context.visit(check.condition());
    } finally {
      context.inlineLiterals(literals);
      context.qualifyColumns(qualify);
    }
  }

  void keyColumns(String keyName, List<Column<?>> columns) {
    for (Column<?> column : columns) {
      ddl.validateKeyColumn(context, keyName, column);
    }
  }

  void columnList(List<Column<?>> columns) {
    context.sql('(');
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        context.sql(", ");
      }
      context.identifier(columns.get(i).name());
    }
    context.sql(')');
  }
}
