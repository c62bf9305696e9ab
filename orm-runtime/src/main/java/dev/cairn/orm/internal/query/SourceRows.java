package dev.cairn.orm.internal.query;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.Row;
import dev.cairn.core.schema.Column;
import dev.cairn.core.sql.Statement;
import dev.cairn.orm.internal.loading.Batch;
import dev.cairn.orm.internal.loading.EntityReader;
import dev.cairn.orm.internal.loading.LoadContext;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of a user-given statement (text SQL, a Core select) as entities: finds each column
 * property's column among the row's labels once, on the first row, then hands the entity's reader
 * each row rearranged into {@link EntityModel#columnProperties()} order (values converted to the
 * columns' Java types: text SQL reads plain JDBC values). Foreign-key columns of references found
 * among the labels too ({@code SELECT *}) are kept, so the references load without reading them
 * again.
 */
final class SourceRows<T> {

  private final LoadContext context;
  private final EntityModel<T> model;
  private final EntityReader<T> reader;
  private final Statement statement;
  private final List<Column<?>> columns;
  private final List<String> columnNames;
  private int @Nullable [] positions;

  SourceRows(
      LoadContext context, EntityModel<T> model, Statement statement, List<Column<?>> foreign) {
    this.context = context;
    this.model = model;
    this.reader = context.reader(model);
    this.statement = statement;
    List<Column<?>> all = new ArrayList<>();
    for (PropertyModel property : model.columnProperties()) {
      all.add(property.column());
    }
    all.addAll(foreign);
    this.columns = List.copyOf(all);
    this.columnNames = all.stream().map(Column::name).toList();
  }

  /** The entities of {@code rows}, in order, and the states of those new to the session. */
  Batch readAll(List<Row> rows) {
    List<Object> entities = new ArrayList<>(rows.size());
    List<InstanceState> fresh = new ArrayList<>();
    for (Row row : rows) {
      entities.add(read(row, fresh));
    }
    return new Batch(entities, fresh);
  }

  /** The entity of {@code row}; a new one's state goes into {@code fresh}. */
  T read(Row row, List<InstanceState> fresh) {
    int[] found = positions;
    if (found == null) {
      found = locate(row.labels());
      positions = found;
    }
    Object[] values = new Object[found.length];
    for (int i = 0; i < found.length; i++) {
      int position = found[i];
      Object value = row.get(position);
      Class<?> type = columns.get(i).type().javaType();
      values[i] =
          value == null || type.isInstance(value)
              ? value
              : row.get(row.labels().get(position), type);
    }
    return reader.read(context.identityMap(), values, 0, fresh);
  }

  /**
   * The label position of every column property's column, then of every foreign-key column when all
   * of those are there too.
   */
  private int[] locate(List<String> labels) {
    int properties = model.columnProperties().size();
    int[] found = new int[columns.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < properties; i++) {
      found[i] = indexOf(labels, columnNames.get(i));
      if (found[i] < 0) {
        missing.add(columnNames.get(i));
      }
    }
    if (!missing.isEmpty()) {
      throw new CairnException(
          "The statement given to load "
              + model.name()
              + " returns the columns "
              + labels
              + " but not "
              + missing
              + " of table "
              + model.table().name()
              + "; select every column of the entity (e.g. SELECT * FROM "
              + model.table().name()
              + "): "
              + statement);
    }
    for (int i = properties; i < found.length; i++) {
      found[i] = indexOf(labels, columnNames.get(i));
      if (found[i] < 0) {
        return Arrays.copyOf(found, properties);
      }
    }
    return found;
  }

  private static int indexOf(List<String> labels, String name) {
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).equals(name)) {
        return i;
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).toLowerCase(Locale.ROOT).equals(lower)) {
        return i;
      }
    }
    return -1;
  }
}
