package dev.cairn.benchmarks.contenders;

import dev.cairn.benchmarks.Contender;
import dev.cairn.core.engine.BatchResult;
import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.sql.Insert;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.Statement;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Cairn Core as its README shows it: typed tables, {@code executeMany} (one JDBC batch per 500
 * parameter sets) with {@code returning}, rows read {@code into} records.
 */
public final class CairnCoreContender implements Contender {

  private final Engine engine;
  private final CoreTables.Items items = new CoreTables.Items();
  private final CoreTables.Parents parents = new CoreTables.Parents();
  private final CoreTables.Children children = new CoreTables.Children();

  /** Runs on {@code dataSource}. */
  public CairnCoreContender(DataSource dataSource) {
    this.engine = Engine.of(dataSource);
  }

  @Override
  public long insertBatch(int rows) {
    Insert insert =
        Sql.insertInto(items)
            .set(items.name, Sql.param("name", SqlTypes.varchar(100)))
            .set(items.quantity, Sql.param("quantity", SqlTypes.INTEGER))
            .set(items.active, Sql.param("active", SqlTypes.BOOLEAN))
            .returning(items.id);
    List<Map<String, Object>> values = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      values.add(Map.of("name", "item-" + i, "quantity", i % 1000, "active", i % 2 == 0));
    }
    BatchResult result = engine.transactionResult(c -> c.executeMany(insert, values));
    return result.rows().scalars(Long.class).size();
  }

  @Override
  public long loadEntities() {
    List<ItemRow> rows = engine.transactionResult(this::items);
    long sum = rows.size();
    for (ItemRow row : rows) {
      sum += row.quantity();
    }
    return sum;
  }

  @Override
  public long getById(long[] ids) {
    long sum = 0;
    for (long id : ids) {
      try (Connection connection = engine.connect()) {
        Select select =
            Sql.select(items.id, items.name, items.quantity, items.active)
                .from(items)
                .where(items.id.eq(id));
        ItemRow row = connection.execute(select).one().into(ItemRow.class);
        connection.commit();
        sum += row.quantity();
      }
    }
    return sum;
  }

  @Override
  public long updateDirty() {
    Statement update =
        Sql.update(items)
            .set(items.quantity, Sql.param("quantity", SqlTypes.INTEGER))
            .where(items.id.eq(Sql.param("id", SqlTypes.BIGINT)));
    return engine.transactionResult(
        connection -> {
          List<ItemRow> rows = items(connection);
          List<Map<String, Object>> changes = new ArrayList<>(rows.size());
          long sum = 0;
          for (ItemRow row : rows) {
            int quantity = row.quantity() + 1;
            sum += quantity;
            changes.add(Map.of("quantity", quantity, "id", row.id()));
          }
          connection.executeMany(update, changes);
          return sum;
        });
  }

  @Override
  public long relationsLoad() {
    return engine.transactionResult(
        connection -> {
          Map<Long, ParentRow> byId = new HashMap<>();
          for (ParentRow parent :
              connection
                  .execute(Sql.select(parents.id, parents.name).from(parents))
                  .map(row -> new ParentRow(row.get(parents.id), row.get(parents.name)))) {
            byId.put(parent.id(), parent);
          }
          for (ChildRow child :
              connection
                  .execute(Sql.select(children.id, children.parentId, children.name).from(children))
                  .into(ChildRow.class)) {
            byId.get(child.parentId()).children().add(child);
          }
          return ParentRow.childIdSum(byId.values());
        });
  }

  private List<ItemRow> items(Connection connection) {
    return connection
        .execute(Sql.select(items.id, items.name, items.quantity, items.active).from(items))
        .into(ItemRow.class);
  }

  @Override
  public void close() {
    // the engine wraps the shared data source, which the benchmark closes
  }
}
