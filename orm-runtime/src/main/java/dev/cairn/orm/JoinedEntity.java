package dev.cairn.orm;

import dev.cairn.core.schema.TableAlias;
import dev.cairn.orm.mapping.EntityModel;

/**
 * An entity a query joins along a relationship ({@link Query#join}), as criteria and orderings see
 * it: the name it is known by, its mapping and the alias of its table in the statement.
 *
 * @param name the join's alias as given to {@code join(…, alias)}, else the relationship path
 *     ({@code "author"}, {@code "orders.items"})
 * @param model the joined entity's mapping
 * @param table the joined entity's table under the join's SQL alias
 */
public record JoinedEntity(String name, EntityModel<?> model, TableAlias table) {}
