package dev.cairn.orm;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.schema.TableAlias;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipKind;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds the correlated {@code EXISTS} of {@link Criteria#any}, {@link Criteria#has} and of paths
 * through relationships: {@code EXISTS (SELECT target.id FROM target [JOIN link ON …] WHERE
 * <correlation to the owner's table> AND <condition>)}.
 */
final class RelatedExists {

  private RelatedExists() {}

  /**
   * The EXISTS for the relationship named {@code name} of {@code owner}, which must be a collection
   * when {@code collection} (any) and a reference otherwise (has); {@code criterion} is over the
   * target entity, or null for "any related row".
   */
  static Condition of(
      EntityModel<?> owner, String name, boolean collection, @Nullable Criterion<?> criterion) {
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
    boolean isCollection = relationship.kind().isCollection();
    if (isCollection != collection) {
      throw new CairnException(
          owner.name()
              + "."
              + name
              + (isCollection
                  ? " is a collection; use Criteria.any(...) for it, has(...) is for references"
                  : " is a reference; use Criteria.has(...) for it, any(...) is for collections"));
    }
    EntityModel<?> target = relationship.target();
    Condition inner = criterion == null ? null : criterion.toCondition(target);
    return of(owner, relationship, inner);
  }

  /**
   * The EXISTS for {@code relationship} of {@code owner}, with {@code inner} over its target. When
   * the target is stored in the owner's table (a tree), the subquery reads it under an anonymous
   * alias and {@code inner} is adapted to that alias, so it does not touch the owner's row.
   */
  static Condition of(
      EntityModel<?> owner, RelationshipModel relationship, @Nullable Condition inner) {
    EntityModel<?> target = relationship.target();
    String where = owner.name() + "." + relationship.name();
    TableAlias alias = target.table() == owner.table() ? target.table().anonymousAlias() : null;
    List<Expression<?>> ownerKey = keys(owner, null);
    List<Expression<?>> targetKey = keys(target, alias);
    Select select = Sql.select(targetKey.get(0)).from(alias == null ? target.table() : alias);
    Condition correlation;
    if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
      Table link = relationship.joinTable();
      if (link == null) {
        throw new CairnException(
            where + " has no association table; declare it with @JoinTable(name = ...)");
      }
      select = select.join(link, equal(relationship.joinTableTargetColumns(), targetKey));
      correlation = equal(relationship.joinTableOwnerColumns(), ownerKey);
    } else {
      List<Column<?>> foreignKey = relationship.foreignKeyColumns();
      if (foreignKey.isEmpty()) {
        throw new CairnException(
            where
                + " has no foreign-key columns; give the owning side a @JoinColumn and mappedBy"
                + " on the other side");
      }
      correlation =
          relationship.owning()
              ? equal(targetKey, foreignKey)
              : equal(alias == null ? foreignKey : aliased(alias, foreignKey), ownerKey);
    }
    if (inner == null) {
      return Sql.exists(select.where(correlation));
    }
    return Sql.exists(select.where(correlation.and(alias == null ? inner : alias.adapt(inner))));
  }

  private static List<Expression<?>> keys(EntityModel<?> model, @Nullable TableAlias alias) {
    List<Column<?>> columns = new ArrayList<>();
    for (PropertyModel id : model.idProperties()) {
      columns.add(id.column());
    }
    return alias == null ? List.copyOf(columns) : aliased(alias, columns);
  }

  private static List<Expression<?>> aliased(TableAlias alias, List<Column<?>> columns) {
    List<Expression<?>> result = new ArrayList<>(columns.size());
    for (Column<?> column : columns) {
      result.add(alias.column(column));
    }
    return result;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Condition equal(
      List<? extends Expression<?>> left, List<? extends Expression<?>> right) {
    List<Condition> equalities = new ArrayList<>(left.size());
    for (int i = 0; i < left.size(); i++) {
      equalities.add(((Expression) left.get(i)).eq((Expression) right.get(i)));
    }
    return equalities.size() == 1 ? equalities.get(0) : Sql.and(equalities);
  }
}
