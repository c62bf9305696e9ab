package dev.cairn.orm.internal.flush;

import dev.cairn.core.engine.ParameterLayout;
import dev.cairn.core.schema.Column;
import dev.cairn.core.sql.ColumnReference;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Delete;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Insert;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.Update;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The statements of one entity, built once and shared by every session: INSERT with named
 * parameters (single row, and multi-row per row count), UPDATE per changed-column set, DELETE, and
 * SELECT by keys. Parameter {@code v<i>} carries column property {@code i}'s new value, {@code
 * w<i>} its old value in a WHERE clause, {@code r<row>_<i>} a value of a multi-row INSERT.
 */
public final class EntityPersister {

  private final EntityModel<?> model;
  private final List<PropertyModel> insertProperties;
  private final @Nullable PropertyModel generatedId;
  private final Insert insert;
  private final Delete delete;
  private final List<Expression<?>> selectColumns;
  private final Select selectByKey;
  private final Map<Integer, Insert> multiRowInserts = new ConcurrentHashMap<>();
  private final Map<BitSet, Update> updates = new ConcurrentHashMap<>();
  private final String[] valueNames;
  private final String[] whereNames;
  private final ParameterLayout valueLayout;
  private final ParameterLayout whereLayout;
  private final ParameterLayout valueAndWhereLayout;
  private final ParameterLayout keyLayout;
  private final Map<Integer, ParameterLayout> multiRowLayouts = new ConcurrentHashMap<>();
  private final int[] foreignKeyOwners;
  private final boolean owningManyToMany;

  /** Builds the statements of {@code model}. */
  public EntityPersister(EntityModel<?> model) {
    this.model = model;
    List<PropertyModel> properties = model.columnProperties();
    this.valueNames = new String[properties.size()];
    this.whereNames = new String[properties.size()];
    for (int i = 0; i < valueNames.length; i++) {
      valueNames[i] = "v" + i;
      whereNames[i] = "w" + i;
    }
    List<String> both = new ArrayList<>(List.of(valueNames));
    both.addAll(List.of(whereNames));
    this.valueLayout = ParameterLayout.of(valueNames);
    this.whereLayout = ParameterLayout.of(whereNames);
    this.valueAndWhereLayout = ParameterLayout.of(both);
    List<String> keyNames = new ArrayList<>();
    for (PropertyModel id : model.idProperties()) {
      keyNames.add(whereNames[id.index()]);
    }
    this.keyLayout = ParameterLayout.of(keyNames);
    this.foreignKeyOwners = new int[properties.size()];
    java.util.Arrays.fill(foreignKeyOwners, -1);
    for (RelationshipModel relationship : model.relationships()) {
      for (PropertyModel key : relationship.foreignKeyProperties()) {
        foreignKeyOwners[key.index()] = relationship.ordinal();
      }
    }
    boolean manyToMany = false;
    for (RelationshipModel relationship : model.relationships()) {
      manyToMany |=
          relationship.kind() == dev.cairn.orm.mapping.RelationshipKind.MANY_TO_MANY
              && relationship.owning();
    }
    this.owningManyToMany = manyToMany;
    PropertyModel generated = null;
    List<PropertyModel> inserted = new ArrayList<>();
    for (PropertyModel property : properties) {
      if (property.isId() && property.generatedByDatabase() && !model.hasCompositeId()) {
        generated = property;
      } else if (property.insertable() || property.isId() || property.isVersion()) {
        inserted.add(property);
      }
    }
    this.generatedId = generated;
    this.insertProperties = List.copyOf(inserted);
    Insert single = Sql.insertInto(model.table());
    for (PropertyModel property : insertProperties) {
      single = set(single, property.column(), valueNames[property.index()]);
    }
    this.insert = generated == null ? single : single.returning(generated.column());
    this.delete = Sql.deleteFrom(model.table()).where(keyCondition(true));
    List<Expression<?>> columns = new ArrayList<>(properties.size());
    for (PropertyModel property : properties) {
      columns.add(property.column());
    }
    this.selectColumns = List.copyOf(columns);
    this.selectByKey = Sql.select(selectColumns).from(model.table()).where(keyCondition(false));
  }

  /**
   * The SELECT of one row by key, built once with a named parameter per key column (see {@link
   * #keyParameters}), so a lookup reuses the engine's compiled plan.
   */
  public Select selectByKey() {
    return selectByKey;
  }

  /** The layout binding {@link #selectByKey()} by position: the key column values in key order. */
  public ParameterLayout keyLayout() {
    return keyLayout;
  }

  /**
   * The layout of the INSERT (and of the new values of the UPDATEs): position {@code i} is column
   * property {@code i}'s new value, so an entity's column-value array binds as it is.
   */
  public ParameterLayout valueLayout() {
    return valueLayout;
  }

  /** The layout of the DELETE: position {@code i} is column property {@code i}'s old value. */
  public ParameterLayout whereLayout() {
    return whereLayout;
  }

  /**
   * The layout of the UPDATEs: the new values of the column properties, then their old values (for
   * the key and the version in the WHERE clause).
   */
  public ParameterLayout valueAndWhereLayout() {
    return valueAndWhereLayout;
  }

  /** The layout of {@link #multiRowInsert}: row after row, each a column-value array. */
  public ParameterLayout multiRowLayout(int rows) {
    return multiRowLayouts.computeIfAbsent(rows, this::buildMultiRowLayout);
  }

  private ParameterLayout buildMultiRowLayout(int rows) {
    int width = model.columnProperties().size();
    List<String> names = new ArrayList<>(rows * width);
    for (int row = 0; row < rows; row++) {
      for (int i = 0; i < width; i++) {
        names.add(rowParameter(row, i));
      }
    }
    return ParameterLayout.of(names);
  }

  /** Whether the entity owns a many-to-many (whose join-table rows a flush writes). */
  public boolean hasOwningManyToMany() {
    return owningManyToMany;
  }

  /**
   * Per column property, the ordinal of the owning to-one relationship whose foreign key it holds,
   * or -1 for a plain column.
   */
  public int[] foreignKeyOwners() {
    return foreignKeyOwners;
  }

  /** The entity model. */
  public EntityModel<?> model() {
    return model;
  }

  /** The key property the database generates (identity or sequence), or null. */
  public @Nullable PropertyModel generatedId() {
    return generatedId;
  }

  /** The properties an INSERT writes, in column order. */
  public List<PropertyModel> insertProperties() {
    return insertProperties;
  }

  /** The single-row INSERT (returning the generated key when there is one). */
  public Insert insert() {
    return insert;
  }

  /** An INSERT of {@code rows} rows returning the generated key, built once per row count. */
  public Insert multiRowInsert(int rows) {
    return multiRowInserts.computeIfAbsent(rows, this::buildMultiRowInsert);
  }

  /** The name of multi-row parameter of property {@code index} in row {@code row}. */
  public static String rowParameter(int row, int index) {
    return "r" + row + "_" + index;
  }

  private Insert buildMultiRowInsert(int rows) {
    List<Map<ColumnReference<?>, Object>> values = new ArrayList<>(rows);
    for (int row = 0; row < rows; row++) {
      Map<ColumnReference<?>, Object> one = new LinkedHashMap<>();
      for (PropertyModel property : insertProperties) {
        one.put(property.column(), param(property.column(), rowParameter(row, property.index())));
      }
      values.add(one);
    }
    Insert multi = Sql.insertInto(model.table()).values(values);
    PropertyModel generated = generatedId;
    return generated == null ? multi : multi.returning(generated.column());
  }

  /**
   * The UPDATE that sets the properties in {@code changed} (indexes into the column properties) and
   * the version, where the key (and the old version) match; built once per set.
   */
  public Update update(BitSet changed) {
    return updates.computeIfAbsent((BitSet) changed.clone(), this::buildUpdate);
  }

  private Update buildUpdate(BitSet changed) {
    List<PropertyModel> properties = model.columnProperties();
    Update update = Sql.update(model.table());
    for (int i = changed.nextSetBit(0); i >= 0; i = changed.nextSetBit(i + 1)) {
      update = set(update, properties.get(i).column(), valueNames[i]);
    }
    PropertyModel version = model.versionProperty();
    if (version != null) {
      update = set(update, version.column(), valueNames[version.index()]);
    }
    return update.where(keyCondition(true));
  }

  /** The DELETE of one row by key (and old version). */
  public Delete delete() {
    return delete;
  }

  /** The name of the parameter carrying property {@code index}'s new value. */
  public String valueName(int index) {
    return valueNames[index];
  }

  /** The name of the parameter carrying property {@code index}'s old value in a WHERE clause. */
  public String whereName(int index) {
    return whereNames[index];
  }

  /** SELECT of every column property of the rows whose keys are {@code keys} (column values). */
  public Select selectByKeys(Collection<@Nullable Object[]> keys) {
    List<PropertyModel> ids = model.idProperties();
    Condition condition;
    if (ids.size() == 1) {
      List<@Nullable Object> values = new ArrayList<>(keys.size());
      for (Object[] key : keys) {
        values.add(key[0]);
      }
      condition = in(ids.get(0).column(), values);
    } else {
      List<Condition> rows = new ArrayList<>(keys.size());
      for (Object[] key : keys) {
        List<Condition> parts = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
          parts.add(eqValue(ids.get(i).column(), key[i]));
        }
        rows.add(Sql.and(parts));
      }
      condition = Sql.or(rows);
    }
    return Sql.select(selectColumns).from(model.table()).where(condition);
  }

  private Condition keyCondition(boolean withVersion) {
    List<Condition> parts = new ArrayList<>();
    for (PropertyModel id : model.idProperties()) {
      parts.add(eqParam(id.column(), whereNames[id.index()]));
    }
    PropertyModel version = model.versionProperty();
    if (withVersion && version != null) {
      parts.add(eqParam(version.column(), whereNames[version.index()]));
    }
    return Sql.and(parts);
  }

  private static <T> Expression<T> param(Column<T> column, String name) {
    return Sql.param(name, column.type());
  }

  private static <T> Insert set(Insert insert, Column<T> column, String name) {
    return insert.set(column, Sql.param(name, column.type()));
  }

  private static <T> Update set(Update update, Column<T> column, String name) {
    return update.set(column, Sql.param(name, column.type()));
  }

  private static <T> Condition eqParam(Column<T> column, String name) {
    return column.eq(Sql.param(name, column.type()));
  }

  @SuppressWarnings("unchecked")
  private static <T> Condition eqValue(Column<T> column, @Nullable Object value) {
    return column.eq(Sql.value(column.type(), (T) value));
  }

  @SuppressWarnings("unchecked")
  private static <T> Condition in(Column<T> column, List<@Nullable Object> values) {
    return column.in((List<T>) (List<?>) values);
  }
}
