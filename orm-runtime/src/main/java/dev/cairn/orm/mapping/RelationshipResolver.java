package dev.cairn.orm.mapping;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.ReferentialAction;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.mapping.MemberSpec.ColumnSpec;
import dev.cairn.orm.mapping.MemberSpec.RelationshipSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the relationships of all entities while their tables are still open: foreign-key columns
 * and constraints for owning to-one sides, join tables for owning many-to-many sides, and the
 * {@code mappedBy} link of inverse sides. Runs once in {@link MappingModel.Builder#build()}.
 */
final class RelationshipResolver {

  /** What one relationship resolved to, before the models exist. */
  record Resolution(
      List<Column<?>> foreignKeyColumns,
      List<ColumnSpec> targetIds,
      @Nullable Table joinTable,
      List<Column<?>> ownerColumns,
      List<Column<?>> targetColumns) {}

  private final Map<Class<?>, EntityAssembler<?>> byClass = new LinkedHashMap<>();
  private final NamingStrategy naming;
  private final Map<RelationshipSpec, Resolution> resolutions = new IdentityHashMap<>();
  private final List<Table> joinTables = new ArrayList<>();
  private final Map<Class<?>, List<Resolution>> incoming = new LinkedHashMap<>();

  RelationshipResolver(List<EntityAssembler<?>> assemblers, NamingStrategy naming) {
    assemblers.forEach(a -> byClass.put(a.type(), a));
    this.naming = naming;
  }

  /**
   * Defines the foreign-key columns and join tables; a MappingException for a wrong declaration.
   */
  void define() {
    for (EntityAssembler<?> owner : byClass.values()) {
      for (RelationshipSpec spec : owner.relationships()) {
        RelationshipChecks.annotations(owner, spec);
        if (mappedBy(spec) != null) {
          RelationshipChecks.inverse(owner, spec, target(spec));
        } else if (spec.kind() == RelationshipKind.ONE_TO_MANY) {
          if (spec.field().getAnnotation(JoinColumn.class) == null) {
            throw error(
                owner,
                spec,
                "is a @OneToMany without mappedBy or @JoinColumn; name the @ManyToOne field of "
                    + spec.target().getSimpleName()
                    + " that refers back, e.g. @OneToMany(mappedBy = \""
                    + decapitalize(owner.type().getSimpleName())
                    + "\"), or name the foreign key column of "
                    + target(spec).table().name()
                    + " with @JoinColumn(name = \""
                    + naming.columnName(owner.type().getSimpleName())
                    + "_id\") for a unidirectional one-to-many");
          }
          resolutions.put(spec, childForeignKey(owner, spec));
        } else if (spec.kind() == RelationshipKind.MANY_TO_MANY) {
          resolutions.put(spec, joinTable(owner, spec));
        } else {
          resolutions.put(spec, foreignKey(owner, spec));
        }
      }
    }
    RequiredCycles.check(byClass.values(), resolutions);
  }

  /** The join tables defined by {@link #define()}, to add to the MetaData. */
  List<Table> joinTables() {
    return joinTables;
  }

  /** The resolution of an owning relationship, or null for an inverse side. */
  @Nullable Resolution resolution(RelationshipSpec spec) {
    return resolutions.get(spec);
  }

  /** Links every relationship model to its target model and, both ways, to its inverse side. */
  static void link(Map<Class<?>, EntityModel<?>> models) {
    for (EntityModel<?> model : models.values()) {
      for (RelationshipModel relationship : model.relationships()) {
        EntityModel<?> target = models.get(relationship.targetType());
        if (target == null) {
          throw new IllegalStateException("unchecked target " + relationship);
        }
        relationship.linkTarget(target, model);
      }
    }
    for (EntityModel<?> model : models.values()) {
      for (RelationshipModel relationship : model.relationships()) {
        if (relationship.unidirectional()) {
          List<PropertyModel> keys = new ArrayList<>();
          for (Column<?> column : relationship.foreignKeyColumns()) {
            for (PropertyModel property : relationship.target().columnProperties()) {
              if (property.isCollectionKey() && property.column() == column) {
                keys.add(property);
                property.linkCollectionKey(relationship);
              }
            }
          }
          relationship.linkChildKeys(keys);
        }
        if (relationship.kind().isCollection()) {
          relationship.linkOrder(ElementOrders.of(model, relationship));
        }
        String mappedBy = relationship.mappedBy();
        if (mappedBy != null) {
          RelationshipModel owning = relationship.target().findRelationship(mappedBy);
          if (owning == null) {
            throw new IllegalStateException("unchecked mappedBy " + relationship);
          }
          relationship.linkInverse(owning);
          owning.linkInverse(relationship);
        }
      }
    }
  }

  private Resolution foreignKey(EntityAssembler<?> owner, RelationshipSpec spec) {
    EntityAssembler<?> target = target(spec);
    JoinColumn joinColumn = spec.field().getAnnotation(JoinColumn.class);
    boolean nullable = optional(spec) && (joinColumn == null || joinColumn.nullable());
    List<Column<?>> columns =
        keyColumns(
            owner,
            spec,
            owner.table(),
            target,
            joinColumn,
            naming.columnName(spec.field().getName()),
            nullable,
            spec.kind() == RelationshipKind.ONE_TO_ONE);
    return new Resolution(columns, target.idColumns(), null, List.of(), List.of());
  }

  /**
   * The foreign key of a unidirectional one-to-many: columns of the target's table referring to the
   * owner's key, named by {@code @JoinColumn} (or {@code <owner>_<id column>}), held by hidden
   * properties of the target.
   */
  private Resolution childForeignKey(EntityAssembler<?> owner, RelationshipSpec spec) {
    JoinColumn joinColumn =
        java.util.Objects.requireNonNull(spec.field().getAnnotation(JoinColumn.class));
    List<Column<?>> columns =
        keyColumns(
            owner,
            spec,
            target(spec).table(),
            owner,
            joinColumn,
            naming.columnName(owner.type().getSimpleName()),
            joinColumn.nullable(),
            false);
    Resolution resolution = new Resolution(columns, owner.idColumns(), null, List.of(), List.of());
    incoming.computeIfAbsent(spec.target(), t -> new ArrayList<>()).add(resolution);
    return resolution;
  }

  /**
   * The columns of {@code table} referring to the key of {@code referenced} for {@code spec}: one
   * per key column, named by {@code joinColumn} or {@code <prefix>_<id column>}, with their foreign
   * key constraint (and UNIQUE when {@code unique}, for a one-to-one).
   */
  private List<Column<?>> keyColumns(
      EntityAssembler<?> owner,
      RelationshipSpec spec,
      Table table,
      EntityAssembler<?> referenced,
      @Nullable JoinColumn joinColumn,
      String prefix,
      boolean nullable,
      boolean unique) {
    List<ColumnSpec> ids = referenced.idColumns();
    boolean named = joinColumn != null && !joinColumn.name().isEmpty();
    if (named && ids.size() > 1) {
      throw error(
          owner,
          spec,
          "names one join column but "
              + referenced.type().getSimpleName()
              + " has a composite key "
              + ids.stream().map(ColumnSpec::path).toList()
              + "; remove @JoinColumn(name) to get one column per key column");
    }
    List<Column<?>> columns = new ArrayList<>();
    List<Column<?>> referencedColumns = new ArrayList<>();
    for (ColumnSpec id : ids) {
      String name = named ? joinColumn.name() : prefix + "_" + id.columnName();
      checkFree(owner, spec, table, name);
      columns.add(define(owner, spec, table, name, id.type(), nullable));
      referencedColumns.add(referenced.table().column(id.columnName()));
    }
    try {
      table.foreignKey(
          null,
          columns,
          referencedColumns,
          ReferentialAction.NO_ACTION,
          ReferentialAction.NO_ACTION);
      if (unique) {
        // one-to-one: a second row referring to the same target is a unique violation
        table.unique(columns.toArray(new Column<?>[0]));
      }
    } catch (CairnException e) {
      throw new MappingException(
          owner.type(),
          spec.field().getName(),
          RelationshipChecks.where(owner, spec) + ": " + e.getMessage(),
          e);
    }
    return columns;
  }

  /**
   * The foreign keys that unidirectional one-to-many relationships of other entities keep in {@code
   * type}'s table (the target's hidden properties are made from them).
   */
  List<Resolution> incoming(Class<?> type) {
    return incoming.getOrDefault(type, List.of());
  }

  private Resolution joinTable(EntityAssembler<?> owner, RelationshipSpec spec) {
    EntityAssembler<?> target = target(spec);
    JoinTable annotation = spec.field().getAnnotation(JoinTable.class);
    String tableName =
        annotation != null && !annotation.name().isEmpty()
            ? annotation.name()
            : owner.table().name() + "_" + target.table().name();
    String ownerPrefix =
        annotation != null && !annotation.joinColumn().isEmpty()
            ? annotation.joinColumn()
            : naming.columnName(owner.type().getSimpleName());
    String targetPrefix =
        annotation != null && !annotation.inverseJoinColumn().isEmpty()
            ? annotation.inverseJoinColumn()
            : naming.columnName(target.type().getSimpleName());
    if (ownerPrefix.equalsIgnoreCase(targetPrefix)) {
      targetPrefix = naming.columnName(spec.field().getName());
    }
    boolean ownerNamed = annotation != null && !annotation.joinColumn().isEmpty();
    boolean targetNamed = annotation != null && !annotation.inverseJoinColumn().isEmpty();
    Table table = new Table(tableName);
    try {
      List<Column<?>> ownerColumns = linkColumns(table, owner, ownerPrefix, ownerNamed);
      List<Column<?>> targetColumns = linkColumns(table, target, targetPrefix, targetNamed);
      List<Column<?>> key = new ArrayList<>(ownerColumns);
      key.addAll(targetColumns);
      table.primaryKey(key.toArray(Column<?>[]::new));
      table.foreignKey(
          null,
          ownerColumns,
          owner.table(),
          ReferentialAction.CASCADE,
          ReferentialAction.NO_ACTION);
      table.foreignKey(
          null,
          targetColumns,
          target.table(),
          ReferentialAction.CASCADE,
          ReferentialAction.NO_ACTION);
      joinTables.add(table);
      return new Resolution(List.of(), target.idColumns(), table, ownerColumns, targetColumns);
    } catch (MappingException e) {
      throw e;
    } catch (CairnException e) {
      throw new MappingException(
          owner.type(),
          spec.field().getName(),
          RelationshipChecks.where(owner, spec)
              + ": its join table "
              + tableName
              + " cannot be defined: "
              + e.getMessage()
              + "; set @JoinTable(name, joinColumn, inverseJoinColumn)",
          e);
    }
  }

  private static List<Column<?>> linkColumns(
      Table table, EntityAssembler<?> side, String prefix, boolean named) {
    List<ColumnSpec> ids = side.idColumns();
    List<Column<?>> columns = new ArrayList<>();
    for (ColumnSpec id : ids) {
      String name = named && ids.size() == 1 ? prefix : prefix + "_" + id.columnName();
      columns.add(notNull(table, name, id.type()));
    }
    return columns;
  }

  private static <V> Column<V> notNull(Table table, String name, SqlType<V> type) {
    return table.column(name, type).notNull();
  }

  private static Column<?> define(
      EntityAssembler<?> owner,
      RelationshipSpec spec,
      Table table,
      String name,
      SqlType<?> type,
      boolean nullable) {
    try {
      Column<?> column = table.column(name, type);
      return nullable ? column : column.notNull();
    } catch (CairnException e) {
      throw new MappingException(
          owner.type(),
          spec.field().getName(),
          RelationshipChecks.where(owner, spec) + ": " + e.getMessage(),
          e);
    }
  }

  private static void checkFree(
      EntityAssembler<?> owner, RelationshipSpec spec, Table table, String name) {
    for (Column<?> column : table.columns()) {
      if (column.name().equalsIgnoreCase(name)) {
        throw error(
            owner,
            spec,
            "needs the foreign key column "
                + name
                + ", which "
                + table.name()
                + " already has for another field; name the join column with @JoinColumn(name)"
                + " or remove the other field");
      }
    }
  }

  private EntityAssembler<?> target(RelationshipSpec spec) {
    EntityAssembler<?> target = byClass.get(spec.target());
    if (target == null) {
      throw new IllegalStateException("unchecked target " + spec.target());
    }
    return target;
  }

  private static boolean optional(RelationshipSpec spec) {
    if (spec.annotation() instanceof dev.cairn.orm.annotation.ManyToOne a) {
      return a.optional();
    }
    return !(spec.annotation() instanceof dev.cairn.orm.annotation.OneToOne a) || a.optional();
  }

  private static String decapitalize(String name) {
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  static @Nullable String mappedBy(RelationshipSpec spec) {
    return RelationshipChecks.mappedBy(spec);
  }

  private static MappingException error(
      EntityAssembler<?> owner, RelationshipSpec spec, String problem) {
    return RelationshipChecks.error(owner, spec, problem);
  }
}
