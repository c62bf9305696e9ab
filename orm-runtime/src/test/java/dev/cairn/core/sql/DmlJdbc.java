package dev.cairn.core.sql;

import dev.cairn.core.sql.type.JdbcCodec;
import dev.cairn.test.TestDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs compiled statements over plain JDBC for the DML integration tests, the way an engine would:
 * parameters bound through the dialect's codecs, RETURNING rows read as a query or from generated
 * keys. Rows come back as {@code "a|b|c"} strings, numbers normalised to their long value.
 */
final class DmlJdbc {

  private DmlJdbc() {}

  /** Executes {@code statement}; the update count. */
  static int execute(TestDb db, Statement statement) {
    return executeMany(db, statement, List.of(Map.of())).get(0);
  }

  /** Executes {@code statement} once per map of named values, as one JDBC batch. */
  static List<Integer> executeMany(
      TestDb db, Statement statement, List<Map<String, @Nullable Object>> namedValues) {
    CompiledStatement compiled = statement.compile(db.dialect());
    try (Connection connection = db.dataSource().getConnection();
        PreparedStatement prepared = connection.prepareStatement(compiled.sql())) {
      for (Map<String, @Nullable Object> values : namedValues) {
        bind(db, compiled, prepared, values);
        prepared.addBatch();
      }
      List<Integer> counts = new ArrayList<>();
      for (int count : prepared.executeBatch()) {
        counts.add(count);
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException(compiled.sql() + " failed on " + db + ": " + e, e);
    }
  }

  /** Executes {@code statement} and reads the rows it returns (RETURNING or generated keys). */
  static List<String> returning(TestDb db, Statement statement) {
    CompiledStatement compiled = statement.compile(db.dialect());
    try (Connection connection = db.dataSource().getConnection()) {
      switch (compiled.returning()) {
        case NATIVE -> {
          try (PreparedStatement prepared = connection.prepareStatement(compiled.sql())) {
            bind(db, compiled, prepared, Map.of());
            try (ResultSet rows = prepared.executeQuery()) {
              return read(rows);
            }
          }
        }
        case GENERATED_KEYS -> {
          try (PreparedStatement prepared =
              connection.prepareStatement(
                  compiled.sql(), compiled.generatedKeyColumns().toArray(String[]::new))) {
            bind(db, compiled, prepared, Map.of());
            prepared.executeUpdate();
            try (ResultSet rows = prepared.getGeneratedKeys()) {
              return read(rows);
            }
          }
        }
        default -> throw new IllegalArgumentException(compiled.sql() + " returns no rows");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(compiled.sql() + " failed on " + db + ": " + e, e);
    }
  }

  /** The rows of a query, for checking the database's state. */
  static List<String> query(TestDb db, String sql) {
    try (Connection connection = db.dataSource().getConnection();
        PreparedStatement prepared = connection.prepareStatement(sql);
        ResultSet rows = prepared.executeQuery()) {
      return read(rows);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + db + ": " + e, e);
    }
  }

  /** Executes {@code statement} with its compiled parameters and reads the rows of its query. */
  static List<String> select(TestDb db, Statement statement) {
    CompiledStatement compiled = statement.compile(db.dialect());
    try (Connection connection = db.dataSource().getConnection();
        PreparedStatement prepared = connection.prepareStatement(compiled.sql())) {
      bind(db, compiled, prepared, Map.of());
      try (ResultSet rows = prepared.executeQuery()) {
        return read(rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(compiled.sql() + " failed on " + db + ": " + e, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void bind(
      TestDb db,
      CompiledStatement compiled,
      PreparedStatement prepared,
      Map<String, @Nullable Object> named)
      throws SQLException {
    List<Parameter> parameters = compiled.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = parameters.get(i);
      Object value = parameter.isNamed() ? named.get(parameter.name()) : parameter.value();
      JdbcCodec<Object> codec = (JdbcCodec<Object>) db.dialect().types().codec(parameter.type());
      codec.bind(prepared, i + 1, value);
    }
  }

  private static List<String> read(ResultSet rows) throws SQLException {
    int columns = rows.getMetaData().getColumnCount();
    List<String> result = new ArrayList<>();
    while (rows.next()) {
      StringBuilder row = new StringBuilder();
      for (int c = 1; c <= columns; c++) {
        if (c > 1) {
          row.append('|');
        }
        Object value = rows.getObject(c);
        row.append(value instanceof Number number ? Long.toString(number.longValue()) : value);
      }
      result.add(row.toString());
    }
    return result;
  }
}
