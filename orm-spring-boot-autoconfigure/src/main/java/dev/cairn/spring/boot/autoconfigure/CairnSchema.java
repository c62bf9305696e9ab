package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.DdlCompiler;
import dev.cairn.core.schema.Table;
import dev.cairn.orm.SessionFactory;
import dev.cairn.spring.boot.autoconfigure.CairnProperties.Schema;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;

/**
 * Applies {@code cairn.schema} to the entity tables when the application starts: creates missing
 * tables ({@code create}), also adds missing columns ({@code update}), recreates them ({@code
 * create-drop}, which drops them again when the application stops) or checks them ({@code
 * validate}).
 */
final class CairnSchema implements DisposableBean {

  private final SessionFactory factory;
  private final Schema mode;

  CairnSchema(SessionFactory factory, Schema mode) {
    this.factory = factory;
    this.mode = mode;
  }

  /** Creates, validates or leaves the tables as {@code mode} says. */
  void apply() {
    switch (mode) {
      case NONE -> {}
      case VALIDATE -> validate();
      case CREATE -> factory.createAll();
      case CREATE_DROP -> {
        factory.dropAll();
        factory.createAll();
      }
      case UPDATE -> {
        factory.createAll();
        addMissingColumns();
      }
    }
  }

  @Override
  public void destroy() {
    if (mode == Schema.CREATE_DROP && !factory.engine().isClosed()) {
      factory.dropAll();
    }
  }

  /** {@code ALTER TABLE ... ADD COLUMN} for each entity column its existing table lacks. */
  private void addMissingColumns() {
    Engine engine = factory.engine();
    DdlCompiler compiler = DdlCompiler.of(engine.dialect());
    for (Table table : factory.mapping().metaData().tables()) {
      Set<String> present = columnsOf(engine, table);
      for (Column<?> column : table.columns()) {
        if (!present.contains(column.name().toLowerCase(Locale.ROOT))) {
          addColumn(engine, compiler, column);
        }
      }
    }
  }

  private static void addColumn(Engine engine, DdlCompiler compiler, Column<?> column) {
    String ddl = compiler.addColumn(column);
    try {
      engine.executeDdl(List.of(ddl));
    } catch (CairnException e) {
      throw new CairnException(
          "cairn.schema=update could not add column "
              + column.table().name()
              + "."
              + column.name()
              + " ("
              + ddl
              + "): "
              + e.getMessage()
              + "; a NOT NULL column needs a default or an empty table — give the property a"
              + " default, make it nullable, or migrate the table with Flyway or Liquibase",
          e);
    }
  }

  private void validate() {
    Engine engine = factory.engine();
    List<String> problems = new ArrayList<>();
    for (Table table : factory.mapping().metaData().tables()) {
      if (!engine.tableExists(table.name())) {
        problems.add("missing table " + table.name());
        continue;
      }
      Set<String> present = columnsOf(engine, table);
      for (Column<?> column : table.columns()) {
        if (!present.contains(column.name().toLowerCase(Locale.ROOT))) {
          problems.add("missing column " + table.name() + "." + column.name());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new CairnSchemaValidationException(problems);
    }
  }

  /** The lower-cased column names the database reports for {@code table}. */
  private static Set<String> columnsOf(Engine engine, Table table) {
    String sql = "SELECT * FROM " + engine.dialect().quoteIdentifier(table.name()) + " WHERE 1 = 0";
    try (Connection connection = engine.connect();
        java.sql.Statement statement = connection.unwrap().createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      ResultSetMetaData metaData = rows.getMetaData();
      Set<String> names = new HashSet<>();
      for (int i = 1; i <= metaData.getColumnCount(); i++) {
        names.add(metaData.getColumnName(i).toLowerCase(Locale.ROOT));
      }
      return names;
    } catch (SQLException e) {
      throw new CairnException(
          "Cannot read the columns of table " + table.name() + " to validate the schema", e);
    }
  }
}
