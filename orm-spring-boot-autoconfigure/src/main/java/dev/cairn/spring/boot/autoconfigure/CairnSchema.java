package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.schema.Column;
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
 * Applies {@code cairn.schema} to the entity tables when the application starts, and for {@code
 * create-drop} drops them when it stops.
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
      case CREATE, CREATE_DROP -> {
        factory.dropAll();
        factory.createAll();
      }
      case UPDATE -> factory.createAll();
    }
  }

  @Override
  public void destroy() {
    if (mode == Schema.CREATE_DROP && !factory.engine().isClosed()) {
      factory.dropAll();
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
