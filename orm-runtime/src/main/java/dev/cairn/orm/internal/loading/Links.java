package dev.cairn.orm.internal.loading;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.ForeignKey;
import dev.cairn.core.schema.Table;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.orm.mapping.RelationshipKind;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves relationships to {@link Link}s from the Core foreign keys the mapping put on the tables,
 * once per relationship; shared by every session of a factory. Thread-safe.
 */
public final class Links {

  private final MappingModel mapping;
  private final Map<RelationshipModel, Link> resolved = new ConcurrentHashMap<>();
  private final Map<EntityModel<?>, List<Column<?>>> foreign = new ConcurrentHashMap<>();

  /** Links of the relationships of {@code mapping}. */
  public Links(MappingModel mapping) {
    this.mapping = mapping;
  }

  MappingModel mapping() {
    return mapping;
  }

  /** The link of {@code relationship}, declared on {@code owner}. */
  Link of(EntityModel<?> owner, RelationshipModel relationship) {
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
  List<Column<?>> foreignColumns(EntityModel<?> model) {
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
  Link of(EntityModel<?> owner, String name) {
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
    EntityModel<?> target = mapping.entity(relationship.targetType());
    String mappedBy = relationship.mappedBy();
    if (mappedBy != null) {
      RelationshipModel mirror = target.findRelationship(mappedBy);
      if (mirror == null) {
        throw new CairnException(
            owner.name()
                + "."
                + relationship.name()
                + " is mappedBy '"
                + mappedBy
                + "' but "
                + target.name()
                + " has no such relationship");
      }
      Link other = of(target, mirror);
      return new Link(
          relationship,
          owner,
          target,
          other.targetColumns(),
          other.ownerColumns(),
          other.linkTable(),
          other.linkTargetColumns(),
          other.linkOwnerColumns());
    }
    if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
      return manyToMany(owner, target, relationship);
    }
    if (relationship.kind() == RelationshipKind.ONE_TO_MANY) {
      throw new CairnException(
          owner.name()
              + "."
              + relationship.name()
              + " is a @OneToMany without mappedBy; name the @ManyToOne field of "
              + target.name()
              + " that owns it");
    }
    ForeignKey key = foreignKey(owner.table(), target.table(), relationship, owner);
    return new Link(
        relationship,
        owner,
        target,
        key.columns(),
        key.targetColumns(),
        null,
        List.of(),
        List.of());
  }

  private Link manyToMany(
      EntityModel<?> owner, EntityModel<?> target, RelationshipModel relationship) {
    String name =
        relationship.joinTable() != null && !relationship.joinTable().name().isEmpty()
            ? relationship.joinTable().name()
            : null;
    Table link = null;
    for (Table table : mapping.metaData().tables()) {
      if (name != null
          ? table.name().equalsIgnoreCase(name)
          : pointsTo(table, owner.table())
              && pointsTo(table, target.table())
              && table != owner.table()) {
        link = table;
        break;
      }
    }
    if (link == null) {
      throw new CairnException(
          "No association table found for "
              + owner.name()
              + "."
              + relationship.name()
              + "; declare it with @JoinTable(name = ...)");
    }
    List<ForeignKey> keys = link.foreignKeys();
    ForeignKey toOwner = null;
    ForeignKey toTarget = null;
    for (ForeignKey key : keys) {
      if (key.target() == owner.table() && toOwner == null) {
        toOwner = key;
      } else if (key.target() == target.table() && toTarget == null) {
        toTarget = key;
      }
    }
    if (toOwner == null || toTarget == null) {
      throw new CairnException(
          "Association table "
              + link.name()
              + " of "
              + owner.name()
              + "."
              + relationship.name()
              + " needs a foreign key to "
              + owner.table().name()
              + " and one to "
              + target.table().name());
    }
    return new Link(
        relationship,
        owner,
        target,
        toOwner.targetColumns(),
        toTarget.targetColumns(),
        link,
        toOwner.columns(),
        toTarget.columns());
  }

  private static boolean pointsTo(Table table, Table target) {
    for (ForeignKey key : table.foreignKeys()) {
      if (key.target() == target) {
        return true;
      }
    }
    return false;
  }

  private static ForeignKey foreignKey(
      Table table, Table target, RelationshipModel relationship, EntityModel<?> owner) {
    List<ForeignKey> candidates = new ArrayList<>();
    for (ForeignKey key : table.foreignKeys()) {
      if (key.target() == target) {
        candidates.add(key);
      }
    }
    String wanted =
        relationship.joinColumn() != null && !relationship.joinColumn().name().isEmpty()
            ? relationship.joinColumn().name()
            : null;
    String prefix = snake(relationship.name());
    for (ForeignKey key : candidates) {
      Column<?> first = key.columns().get(0);
      if (wanted != null
          ? first.name().equalsIgnoreCase(wanted)
          : first.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return key;
      }
    }
    if (wanted == null && candidates.size() == 1) {
      return candidates.get(0);
    }
    throw new CairnException(
        "No foreign key of table "
            + table.name()
            + " to "
            + target.name()
            + " found for "
            + owner.name()
            + "."
            + relationship.name()
            + "; name its column with @JoinColumn(name = ...)");
  }

  private static String snake(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
