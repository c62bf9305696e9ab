package dev.cairn.core.engine;

import dev.cairn.core.dialect.Dialect;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@link Engine#tableExists} and {@link Engine#sequenceExists} from JDBC metadata, in the
 * connection's current catalog and schema, with a plain name folded the way the database stores
 * unquoted identifiers.
 */
final class SchemaInspector {

  private final Dialect dialect;

  SchemaInspector(Dialect dialect) {
    this.dialect = dialect;
  }

  boolean tableExists(java.sql.Connection connection, String name) throws SQLException {
    return exists(connection, name, null);
  }

  boolean sequenceExists(java.sql.Connection connection, String name) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    if (exists(connection, name, new String[] {"SEQUENCE"})) {
      return true;
    }
    if (hasTableType(metaData, "SEQUENCE")) {
      return false;
    }
    String schema = currentSchema(connection);
    String sql =
        "SELECT 1 FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = ?"
            + (schema == null ? "" : " AND SEQUENCE_SCHEMA = ?");
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, stored(metaData, name));
      if (schema != null) {
        query.setString(2, schema);
      }
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException noSequenceCatalog) {
      // Neither JDBC metadata nor INFORMATION_SCHEMA lists sequences: the database has none.
      return false;
    }
  }

  private boolean exists(java.sql.Connection connection, String name, String @Nullable [] types)
      throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String pattern = escape(stored(metaData, name), metaData.getSearchStringEscape());
    try (ResultSet rows =
        metaData.getTables(connection.getCatalog(), currentSchema(connection), pattern, types)) {
      while (rows.next()) {
        String type = rows.getString("TABLE_TYPE");
        if (types != null || type == null || !type.toUpperCase(Locale.ROOT).contains("INDEX")) {
          return true;
        }
      }
      return false;
    }
  }

  /** The name as the catalog stores it: folded when the dialect would leave it unquoted. */
  private String stored(DatabaseMetaData metaData, String name) throws SQLException {
    if (!dialect.quoteIdentifier(name).equals(name)) {
      return name;
    }
    if (metaData.storesUpperCaseIdentifiers()) {
      return name.toUpperCase(Locale.ROOT);
    }
    if (metaData.storesLowerCaseIdentifiers()) {
      return name.toLowerCase(Locale.ROOT);
    }
    return name;
  }

  private static @Nullable String currentSchema(java.sql.Connection connection) {
    try {
      return connection.getSchema();
    } catch (SQLException | AbstractMethodError unsupported) {
      return null;
    }
  }

  private static boolean hasTableType(DatabaseMetaData metaData, String wanted)
      throws SQLException {
    try (ResultSet types = metaData.getTableTypes()) {
      while (types.next()) {
        if (wanted.equalsIgnoreCase(types.getString(1).strip())) {
          return true;
        }
      }
      return false;
    }
  }

  private static String escape(String name, @Nullable String escape) {
    if (escape == null || escape.isEmpty()) {
      return name;
    }
    return name.replace(escape, escape + escape)
        .replace("_", escape + "_")
        .replace("%", escape + "%");
  }
}
