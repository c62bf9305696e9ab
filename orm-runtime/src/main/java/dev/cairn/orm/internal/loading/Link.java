package dev.cairn.orm.internal.loading;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A relationship resolved to columns, seen from its owner: the owner's {@code ownerColumns} hold
 * the values the target's {@code targetColumns} are matched against — directly, or through the
 * association table's {@code linkOwnerColumns} and {@code linkTargetColumns} for a many-to-many.
 *
 * @param relationship the relationship field on the owner
 * @param owner the entity declaring the field
 * @param target the related entity
 * @param ownerColumns columns of the owner's table (its foreign key for a reference, its key for a
 *     collection or an inverse reference)
 * @param targetColumns columns of the target's table matched to {@code ownerColumns} (or, through
 *     an association table, to {@code linkTargetColumns})
 * @param linkTable the association table of a many-to-many, else null
 * @param linkOwnerColumns the association table's columns equal to {@code ownerColumns}
 * @param linkTargetColumns the association table's columns equal to {@code targetColumns}
 */
public record Link(
    RelationshipModel relationship,
    EntityModel<?> owner,
    EntityModel<?> target,
    List<Column<?>> ownerColumns,
    List<Column<?>> targetColumns,
    @Nullable Table linkTable,
    List<Column<?>> linkOwnerColumns,
    List<Column<?>> linkTargetColumns) {

  public Link {
    ownerColumns = List.copyOf(ownerColumns);
    targetColumns = List.copyOf(targetColumns);
    linkOwnerColumns = List.copyOf(linkOwnerColumns);
    linkTargetColumns = List.copyOf(linkTargetColumns);
  }

  /** Whether the field holds a collection. */
  public boolean toMany() {
    return relationship.kind().isCollection();
  }

  /** The columns whose values, per loaded target row, say which owner it belongs to. */
  List<Column<?>> matchColumns() {
    return linkTable == null ? targetColumns : linkOwnerColumns;
  }

  /** {@code Owner.field}, for messages. */
  String describe() {
    return owner.name() + "." + relationship.name();
  }
}
