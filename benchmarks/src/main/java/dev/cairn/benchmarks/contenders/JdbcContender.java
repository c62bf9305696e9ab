package dev.cairn.benchmarks.contenders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Hand-written JDBC, the limit: prepared statements, {@code addBatch}/{@code executeBatch} in
 * batches of {@value #BATCH_SIZE} with {@code getGeneratedKeys}, rows read into records.
 */
public final class JdbcContender implements dev.cairn.benchmarks.Contender {

  /** Rows per {@code executeBatch}, the same as Cairn's and Hibernate's configured batch size. */
  public static final int BATCH_SIZE = 500;

  private static final String SELECT_ITEMS = "SELECT id, name, quantity, active FROM jdbc_item";

  private final DataSource dataSource;

  /** Runs on {@code dataSource}. */
  public JdbcContender(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public long insertBatch(int rows) {
    return inTransaction(
        connection -> {
          long keys = 0;
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO jdbc_item (name, quantity, active) VALUES (?, ?, ?)",
                  new String[] {"id"})) {
            for (int i = 0; i < rows; i++) {
              insert.setString(1, "item-" + i);
              insert.setInt(2, i % 1000);
              insert.setBoolean(3, i % 2 == 0);
              insert.addBatch();
              if ((i + 1) % BATCH_SIZE == 0 || i == rows - 1) {
                insert.executeBatch();
                try (ResultSet generated = insert.getGeneratedKeys()) {
                  while (generated.next()) {
                    generated.getLong(1);
                    keys++;
                  }
                }
              }
            }
          }
          return keys;
        });
  }

  @Override
  public long loadEntities() {
    return inTransaction(
        connection -> {
          List<ItemRow> items = items(connection);
          long sum = items.size();
          for (ItemRow item : items) {
            sum += item.quantity();
          }
          return sum;
        });
  }

  @Override
  public long getById(long[] ids) {
    long sum = 0;
    for (long id : ids) {
      sum +=
          inTransaction(
              connection -> {
                try (PreparedStatement select =
                    connection.prepareStatement(SELECT_ITEMS + " WHERE id = ?")) {
                  select.setLong(1, id);
                  try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return (long) item(rows).quantity();
                  }
                }
              });
    }
    return sum;
  }

  @Override
  public long updateDirty() {
    return inTransaction(
        connection -> {
          List<ItemRow> items = items(connection);
          long sum = 0;
          try (PreparedStatement update =
              connection.prepareStatement("UPDATE jdbc_item SET quantity = ? WHERE id = ?")) {
            int pending = 0;
            for (ItemRow item : items) {
              int quantity = item.quantity() + 1;
              sum += quantity;
              update.setInt(1, quantity);
              update.setLong(2, item.id());
              update.addBatch();
              if (++pending == BATCH_SIZE) {
                update.executeBatch();
                pending = 0;
              }
            }
            if (pending > 0) {
              update.executeBatch();
            }
          }
          return sum;
        });
  }

  @Override
  public long relationsLoad() {
    return inTransaction(
        connection -> {
          Map<Long, ParentRow> parents = new HashMap<>();
          try (PreparedStatement select =
                  connection.prepareStatement("SELECT id, name FROM jdbc_parent");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              long id = rows.getLong(1);
              parents.put(id, new ParentRow(id, rows.getString(2)));
            }
          }
          try (PreparedStatement select =
                  connection.prepareStatement("SELECT id, parent_id, name FROM jdbc_child");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              ChildRow child = new ChildRow(rows.getLong(1), rows.getLong(2), rows.getString(3));
              parents.get(child.parentId()).children().add(child);
            }
          }
          return ParentRow.childIdSum(parents.values());
        });
  }

  @Override
  public void close() {}

  private static List<ItemRow> items(Connection connection) throws SQLException {
    List<ItemRow> items = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT_ITEMS);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        items.add(item(rows));
      }
    }
    return items;
  }

  private static ItemRow item(ResultSet rows) throws SQLException {
    return new ItemRow(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getBoolean(4));
  }

  private long inTransaction(Work work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        long result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("JDBC benchmark failed: " + e.getMessage(), e);
    }
  }

  /** Work on one connection inside a transaction. */
  private interface Work {
    long run(Connection connection) throws SQLException;
  }
}
