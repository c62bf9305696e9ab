package dev.cairn.benchmarks.contenders;

import dev.cairn.benchmarks.BenchmarkDatabase;
import dev.cairn.benchmarks.Contender;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep3;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ's DSL over the data source, with tables and fields declared by {@code DSL.table}/{@code
 * DSL.field} (no code generation: the build stays offline and the schema is three tables): bulk
 * insert as multi-row {@code INSERT … RETURNING} per 500 rows, rows mapped to records with {@code
 * Records.mapping}, updates through {@code batch(…).bind(…)}, children by {@code fetchGroups}.
 */
public final class JooqContender implements Contender {

  private static final int ROWS_PER_INSERT = 500;

  private static final Table<Record> ITEM = DSL.table(DSL.unquotedName("jooq_item"));
  private static final Field<Long> ID = DSL.field(DSL.unquotedName("id"), SQLDataType.BIGINT);
  private static final Field<String> NAME =
      DSL.field(DSL.unquotedName("name"), SQLDataType.VARCHAR(100));
  private static final Field<Integer> QUANTITY =
      DSL.field(DSL.unquotedName("quantity"), SQLDataType.INTEGER);
  private static final Field<Boolean> ACTIVE =
      DSL.field(DSL.unquotedName("active"), SQLDataType.BOOLEAN);
  private static final Table<Record> PARENT = DSL.table(DSL.unquotedName("jooq_parent"));
  private static final Table<Record> CHILD = DSL.table(DSL.unquotedName("jooq_child"));
  private static final Field<Long> PARENT_ID =
      DSL.field(DSL.unquotedName("parent_id"), SQLDataType.BIGINT);

  private final DSLContext dsl;

  /** Runs on {@code dataSource} with the dialect of {@code database}. */
  public JooqContender(DataSource dataSource, BenchmarkDatabase database) {
    this.dsl =
        DSL.using(
            dataSource, database == BenchmarkDatabase.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES);
  }

  @Override
  public long insertBatch(int rows) {
    return dsl.transactionResult(
        configuration -> {
          DSLContext tx = configuration.dsl();
          long keys = 0;
          for (int from = 0; from < rows; from += ROWS_PER_INSERT) {
            InsertValuesStep3<Record, String, Integer, Boolean> insert =
                tx.insertInto(ITEM, NAME, QUANTITY, ACTIVE);
            for (int i = from; i < Math.min(rows, from + ROWS_PER_INSERT); i++) {
              insert = insert.values("item-" + i, i % 1000, i % 2 == 0);
            }
            keys += insert.returningResult(ID).fetch().size();
          }
          return keys;
        });
  }

  @Override
  public long loadEntities() {
    List<ItemRow> rows = dsl.transactionResult(configuration -> items(configuration.dsl()));
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
      ItemRow row =
          dsl.transactionResult(
              configuration ->
                  configuration
                      .dsl()
                      .select(ID, NAME, QUANTITY, ACTIVE)
                      .from(ITEM)
                      .where(ID.eq(id))
                      .fetchSingle(Records.mapping(ItemRow::new)));
      sum += row.quantity();
    }
    return sum;
  }

  @Override
  public long updateDirty() {
    return dsl.transactionResult(
        configuration -> {
          DSLContext tx = configuration.dsl();
          BatchBindStep batch =
              tx.batch(tx.update(ITEM).set(QUANTITY, (Integer) null).where(ID.eq((Long) null)));
          long sum = 0;
          for (ItemRow row : items(tx)) {
            int quantity = row.quantity() + 1;
            sum += quantity;
            batch = batch.bind(quantity, row.id());
          }
          batch.execute();
          return sum;
        });
  }

  @Override
  public long relationsLoad() {
    return dsl.transactionResult(
        configuration -> {
          DSLContext tx = configuration.dsl();
          List<ParentRow> parents =
              tx.select(ID, NAME)
                  .from(PARENT)
                  .fetch(Records.mapping((Long id, String name) -> new ParentRow(id, name)));
          Map<Long, List<ChildRow>> children =
              tx.select(ID, PARENT_ID, NAME)
                  .from(CHILD)
                  .fetchGroups(PARENT_ID, Records.mapping(ChildRow::new));
          long sum = 0;
          for (ParentRow parent : parents) {
            for (ChildRow child : children.getOrDefault(parent.id(), List.of())) {
              sum += child.id();
            }
          }
          return sum;
        });
  }

  private static List<ItemRow> items(DSLContext tx) {
    return tx.select(ID, NAME, QUANTITY, ACTIVE).from(ITEM).fetch(Records.mapping(ItemRow::new));
  }

  @Override
  public void close() {}
}
