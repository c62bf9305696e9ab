package dev.cairn.orm.internal.query;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.Row;
import dev.cairn.core.schema.Column;
import dev.cairn.core.sql.Statement;
import dev.cairn.orm.internal.SessionContext;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Materializes rows of a user-given statement (text SQL, a Core select): finds each column
 * property's column among the row's labels once, on the first row, then hands the session rows
 * rearranged into {@link EntityModel#columnProperties()} order. Foreign-key columns of references
 * found among the labels too ({@code SELECT *}) are kept, so the references load without reading
 * them again.
 */
final class SourceRows<T> implements Function<Row, T> {

  private final SessionContext context;
  private final EntityModel<T> model;
  private final Statement statement;
  private final List<Column<?>> columns;
  private final List<String> columnNames;
  private int @Nullable [] positions;

  SourceRows(SessionContext context, EntityModel<T> model, Statement statement) {
    this.context = context;
    this.model = model;
    this.statement = statement;
    List<Column<?>> all = new ArrayList<>();
    for (PropertyModel property : model.columnProperties()) {
      all.add(property.column());
    }
    all.addAll(context.loader().foreignColumns(model));
    this.columns = List.copyOf(all);
    this.columnNames = all.stream().map(Column::name).toList();
  }

  @Override
  public T apply(Row row) {
    int[] found = positions;
    if (found == null) {
      found = locate(row.labels());
      positions = found;
    }
    Row arranged = new RearrangedRow(row, found, columns, columnNames);
    T entity = context.materialize(model, arranged, 0);
    if (found.length == columns.size()) {
      context.loader().capture(model, entity, arranged, 0);
    }
    return entity;
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
