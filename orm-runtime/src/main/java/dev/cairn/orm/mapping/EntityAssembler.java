package dev.cairn.orm.mapping;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Sequence;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.orm.annotation.GenerationStrategy;
import dev.cairn.orm.mapping.MemberSpec.ColumnSpec;
import dev.cairn.orm.mapping.MemberSpec.EmbeddedSpec;
import dev.cairn.orm.mapping.MemberSpec.RelationshipSpec;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Turns the analysed members of one entity into its Core {@link Table} and its model. */
final class EntityAssembler<T> {

  private final Class<T> type;
  private final String name;
  private final List<MemberSpec> members;
  private final List<ColumnSpec> columns = new ArrayList<>();
  private final List<PropertyModel> properties = new ArrayList<>();
  private final Table table;

  EntityAssembler(Class<T> type, String name, String tableName, List<MemberSpec> members) {
    this.type = type;
    this.name = name;
    this.members = members;
    flatten(members);
    check();
    this.table = buildTable(tableName);
  }

  /** The entity class. */
  Class<T> type() {
    return type;
  }

  /** The relationship members, in declaration order. */
  List<RelationshipSpec> relationships() {
    List<RelationshipSpec> found = new ArrayList<>();
    for (MemberSpec member : members) {
      if (member instanceof RelationshipSpec relationship) {
        found.add(relationship);
      }
    }
    return found;
  }

  /** The key columns, in key order. */
  List<ColumnSpec> idColumns() {
    return columns.stream().filter(ColumnSpec::id).toList();
  }

  /** The entity's table, open for definition until it is added to a MetaData. */
  Table table() {
    return table;
  }

  /** The model with accessors and instantiator; call after the table is complete. */
  EntityModel<T> assemble(RelationshipResolver resolver) {
    List<EmbeddedModel> embeddeds = new ArrayList<>();
    int[] next = {0};
    ValueLayout layout = layout(type, members, next, new FieldAccessor[0], embeddeds);
    List<RelationshipModel> relationships = new ArrayList<>();
    for (MemberSpec member : members) {
      if (member instanceof RelationshipSpec relationship) {
        FieldAccessor accessor = FieldAccessor.of(relationship.field());
        RelationshipResolver.Resolution resolution = resolver.resolution(relationship);
        List<PropertyModel> foreignKeys = new ArrayList<>();
        if (resolution != null && relationship.kind() != RelationshipKind.ONE_TO_MANY) {
          List<Column<?>> columns = resolution.foreignKeyColumns();
          for (int i = 0; i < columns.size(); i++) {
            ColumnSpec targetId = resolution.targetIds().get(i);
            String propertyName =
                columns.size() == 1
                    ? relationship.path()
                    : relationship.path() + "." + targetId.path();
            PropertyModel property =
                new PropertyModel(propertyName, targetId, columns.get(i), next[0]++, accessor);
            properties.add(property);
            foreignKeys.add(property);
          }
        }
        relationships.add(new RelationshipModel(relationship, accessor, resolution, foreignKeys));
      }
    }
    // the foreign keys unidirectional one-to-many relationships of other entities keep here
    for (RelationshipResolver.Resolution incoming : resolver.incoming(type)) {
      List<Column<?>> columns = incoming.foreignKeyColumns();
      for (int i = 0; i < columns.size(); i++) {
        properties.add(
            new PropertyModel(
                columns.get(i).name(), incoming.targetIds().get(i), columns.get(i), next[0]++));
      }
    }
    return new EntityModel<>(name, type, table, properties, embeddeds, relationships, layout);
  }

  private void flatten(List<MemberSpec> specs) {
    for (MemberSpec member : specs) {
      if (member instanceof ColumnSpec column) {
        columns.add(column);
      } else if (member instanceof EmbeddedSpec embedded) {
        flatten(embedded.members());
      }
    }
  }

  private void check() {
    List<ColumnSpec> ids = columns.stream().filter(ColumnSpec::id).toList();
    if (ids.isEmpty()) {
      throw new MappingException(
          type, null, "Entity " + type.getSimpleName() + " has no @Id field; add @Id to one field");
    }
    if (ids.size() > 1) {
      for (ColumnSpec id : ids) {
        if (id.generation() == GenerationStrategy.IDENTITY
            || id.generation() == GenerationStrategy.SEQUENCE) {
          throw new MappingException(
              type,
              id.field().getName(),
              "Field "
                  + type.getSimpleName()
                  + "."
                  + id.path()
                  + " is @GeneratedValue("
                  + id.generation()
                  + ") in a composite key; database-generated values need a single-field key."
                  + " Remove @GeneratedValue or the other @Id fields");
        }
      }
    }
    List<ColumnSpec> versions = columns.stream().filter(ColumnSpec::version).toList();
    if (versions.size() > 1) {
      throw new MappingException(
          type,
          versions.get(1).field().getName(),
          "Entity "
              + type.getSimpleName()
              + " has several @Version fields "
              + versions.stream().map(ColumnSpec::path).toList()
              + "; keep one");
    }
    Map<String, ColumnSpec> byColumn = new HashMap<>();
    for (ColumnSpec column : columns) {
      ColumnSpec other = byColumn.putIfAbsent(column.columnName().toLowerCase(Locale.ROOT), column);
      if (other != null) {
        throw new MappingException(
            type,
            column.field().getName(),
            "Fields "
                + type.getSimpleName()
                + "."
                + other.path()
                + " and "
                + type.getSimpleName()
                + "."
                + column.path()
                + " both map to column "
                + column.columnName()
                + "; give one of them another @Column(name) (or an @Embedded prefix)");
      }
    }
  }

  private Table buildTable(String tableName) {
    try {
      Table built = new Table(tableName);
      List<Column<?>> key = new ArrayList<>();
      for (ColumnSpec spec : columns) {
        Column<?> column = define(built, spec);
        if (spec.id()) {
          key.add(column);
        }
      }
      if (key.size() == 1) {
        key.get(0).primaryKey();
      } else {
        built.primaryKey(key.toArray(Column<?>[]::new));
      }
      return built;
    } catch (MappingException e) {
      throw e;
    } catch (CairnException | IllegalArgumentException e) {
      throw new MappingException(
          type,
          null,
          "Entity " + type.getSimpleName() + " cannot be mapped to a table: " + e.getMessage(),
          e);
    }
  }

  private static <V> Column<V> define(Table table, ColumnSpec spec) {
    @SuppressWarnings("unchecked")
    SqlType<V> sqlType = (SqlType<V>) spec.type();
    Column<V> column = table.column(spec.columnName(), sqlType);
    if (!spec.nullable()) {
      column = column.notNull();
    }
    if (spec.unique()) {
      column = column.unique();
    }
    GenerationStrategy generation = spec.generation();
    if (generation == GenerationStrategy.IDENTITY) {
      column = column.identity();
    } else if (generation == GenerationStrategy.SEQUENCE && spec.sequenceName() != null) {
      column = column.sequence(new Sequence(spec.sequenceName()));
    } else if (generation == GenerationStrategy.UUID) {
      @SuppressWarnings("unchecked")
      Supplier<? extends V> random = (Supplier<? extends V>) (Supplier<UUID>) UUID::randomUUID;
      column = column.defaultSupplier(random);
    }
    return column;
  }

  private ValueLayout layout(
      Class<?> owner,
      List<MemberSpec> specs,
      int[] nextIndex,
      FieldAccessor[] path,
      List<EmbeddedModel> embeddedsOut) {
    List<ValueLayout.Slot> slots = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    int start = nextIndex[0];
    for (MemberSpec member : specs) {
      FieldAccessor accessor = FieldAccessor.of(member.field());
      int offset = nextIndex[0] - start;
      if (member instanceof ColumnSpec spec) {
        PropertyModel property =
            new PropertyModel(
                spec, table.column(spec.columnName()), nextIndex[0]++, accessor, path);
        properties.add(property);
        slots.add(new ValueLayout.Slot(accessor, spec.field().getType(), offset, property, null));
        fields.add(spec.field());
      } else if (member instanceof EmbeddedSpec embedded) {
        int firstProperty = properties.size();
        FieldAccessor[] inner = append(path, accessor);
        List<EmbeddedModel> nested = new ArrayList<>();
        ValueLayout nestedLayout =
            layout(embedded.type(), embedded.members(), nextIndex, inner, nested);
        embeddedsOut.add(
            new EmbeddedModel(
                embedded.path(),
                embedded.type(),
                properties.subList(firstProperty, properties.size()),
                nested,
                accessor,
                path));
        slots.add(new ValueLayout.Slot(accessor, embedded.type(), offset, null, nestedLayout));
        fields.add(embedded.field());
      }
    }
    Construction construction = Construction.of(owner, fields, type);
    return new ValueLayout(
        owner, slots.toArray(ValueLayout.Slot[]::new), nextIndex[0] - start, construction);
  }

  private static FieldAccessor[] append(FieldAccessor[] path, FieldAccessor step) {
    FieldAccessor[] longer = java.util.Arrays.copyOf(path, path.length + 1);
    longer[path.length] = step;
    return longer;
  }
}
