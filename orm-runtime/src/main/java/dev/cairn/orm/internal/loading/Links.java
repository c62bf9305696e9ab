package dev.cairn.orm.internal.loading;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.orm.mapping.RelationshipKind;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves relationships to {@link Link}s from the mapping's foreign-key columns and association
 * tables, once per relationship; shared by every session of a factory. Thread-safe.
 */
public final class Links {

  private final MappingModel mapping;
  private final Map<RelationshipModel, Link> resolved = new ConcurrentHashMap<>();
  private final Map<EntityModel<?>, List<Column<?>>> foreign = new ConcurrentHashMap<>();
  private final Map<EntityModel<?>, List<Column<?>>> captured = new ConcurrentHashMap<>();
  private final Map<EntityModel<?>, int[]> positions = new ConcurrentHashMap<>();
  private final Map<Link, int[]> ownerPositions = new ConcurrentHashMap<>();
  private final Map<Link, int[]> matchPositions = new ConcurrentHashMap<>();

  /** Links of the relationships of {@code mapping}. */
  public Links(MappingModel mapping) {
    this.mapping = mapping;
  }

  MappingModel mapping() {
    return mapping;
  }

  /** The link of {@code relationship}, declared on {@code owner}. */
  public Link of(EntityModel<?> owner, RelationshipModel relationship) {
    Link link = resolved.get(relationship);
    if (link == null) {
      link = resolve(owner, relationship);
      resolved.put(relationship, link);
    }
    return link;
  }

  /**
   * The columns of {@code model}'s table its references are stored in that are no column property
   * of it: queries of the entity read them too, so its references can be loaded.
   */
  public List<Column<?>> foreignColumns(EntityModel<?> model) {
    List<Column<?>> columns = foreign.get(model);
    if (columns == null) {
      List<Column<?>> found = new ArrayList<>();
      for (RelationshipModel relationship : model.relationships()) {
        Link link = of(model, relationship);
        if (link.toMany() || link.linkTable() != null || relationship.mappedBy() != null) {
          continue;
        }
        for (Column<?> column : link.ownerColumns()) {
          if (property(model, column) < 0 && Keys.indexOf(found, column) < 0) {
            found.add(column);
          }
        }
      }
      columns = List.copyOf(found);
      foreign.put(model, columns);
    }
    return columns;
  }

  /**
   * The foreign-key columns of {@code model}'s owning references, whose values a loaded instance
   * keeps (its reference fields are empty until the references are loaded).
   */
  List<Column<?>> capturedColumns(EntityModel<?> model) {
    List<Column<?>> columns = captured.get(model);
    if (columns == null) {
      List<Column<?>> found = new ArrayList<>();
      for (RelationshipModel relationship : model.relationships()) {
        Link link = of(model, relationship);
        if (!link.toMany() && link.linkTable() == null && relationship.mappedBy() == null) {
          for (Column<?> column : link.ownerColumns()) {
            if (Keys.indexOf(found, column) < 0) {
              found.add(column);
            }
          }
        }
      }
      columns = List.copyOf(found);
      captured.put(model, columns);
    }
    return columns;
  }

  /**
   * Where each of {@link #capturedColumns} is in an entity row: a column property's index, or the
   * column properties' count plus the position among {@link #foreignColumns}.
   */
  int[] capturePositions(EntityModel<?> model) {
    int[] found = positions.get(model);
    if (found == null) {
      List<Column<?>> columns = capturedColumns(model);
      List<Column<?>> appended = foreignColumns(model);
      found = new int[columns.size()];
      for (int i = 0; i < found.length; i++) {
        int property = property(model, columns.get(i));
        found[i] =
            property >= 0
                ? property
                : model.columnProperties().size() + Keys.indexOf(appended, columns.get(i));
      }
      positions.put(model, found);
    }
    return found;
  }

  /**
   * Where each of {@code link}'s owner columns is read from: its position in the owner's row (for a
   * foreign-key column, whose value the object holds only through its reference), or {@code -1 - p}
   * for column property {@code p} read from the object itself (its key, for a collection).
   */
  int[] ownerPositions(Link link) {
    int[] found = ownerPositions.get(link);
    if (found == null) {
      EntityModel<?> model = link.owner();
      List<Column<?>> captured = capturedColumns(model);
      int[] rowPositions = capturePositions(model);
      List<Column<?>> columns = link.ownerColumns();
      found = new int[columns.size()];
      for (int i = 0; i < found.length; i++) {
        int at = Keys.indexOf(captured, columns.get(i));
        found[i] = at >= 0 ? rowPositions[at] : -1 - property(model, columns.get(i));
      }
      ownerPositions.put(link, found);
    }
    return found;
  }

  /** The index of the column property stored in {@code column}, or -1. */
  static int property(EntityModel<?> model, Column<?> column) {
    for (var property : model.columnProperties()) {
      if (property.column() == column) {
        return property.index();
      }
    }
    return -1;
  }

  /** The link of the relationship named {@code name} of {@code owner}; a CairnException if none. */
  public Link of(EntityModel<?> owner, String name) {
    RelationshipModel relationship = owner.findRelationship(name);
    if (relationship == null) {
      throw new CairnException(
          "Entity "
              + owner.name()
              + " has no relationship '"
              + name
              + "'; its relationships are "
              + owner.relationships().stream().map(RelationshipModel::name).toList());
    }
    return of(owner, relationship);
  }

  private Link resolve(EntityModel<?> owner, RelationshipModel relationship) {
    EntityModel<?> target = relationship.target();
    List<Column<?>> ownerKey = keyColumns(owner);
    List<Column<?>> targetKey = keyColumns(target);
    if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
      Table table = relationship.joinTable();
      if (table == null) {
        throw new CairnException(
            owner.name()
                + "."
                + relationship.name()
                + " has no association table; declare it with @JoinTable(name = ...) on the"
                + " owning side");
      }
      return new Link(
          relationship,
          owner,
          target,
          ownerKey,
          targetKey,
          table,
          relationship.joinTableOwnerColumns(),
          relationship.joinTableTargetColumns());
    }
    List<Column<?>> foreignKey = relationship.foreignKeyColumns();
    if (foreignKey.isEmpty()) {
      throw new CairnException(
          owner.name()
              + "."
              + relationship.name()
              + " has no foreign-key columns; give the owning side a @ManyToOne / @OneToOne with"
              + " @JoinColumn, and mappedBy on this side");
    }
    if (relationship.owning() && !relationship.kind().isCollection()) {
      return new Link(
          relationship, owner, target, foreignKey, targetKey, null, List.of(), List.of());
    }
    return new Link(relationship, owner, target, ownerKey, foreignKey, null, List.of(), List.of());
  }

  private static List<Column<?>> keyColumns(EntityModel<?> model) {
    List<Column<?>> columns = new ArrayList<>();
    for (var id : model.idProperties()) {
      columns.add(id.column());
    }
    return columns;
  }
}
