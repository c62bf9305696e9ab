package dev.cairn.orm.internal.query;

import dev.cairn.core.CairnException;
import dev.cairn.orm.NoResultException;
import dev.cairn.orm.NonUniqueResultException;
import dev.cairn.orm.mapping.EntityModel;

/** What {@code one()} and {@code oneOrNull()} raise when a query found the wrong number of rows. */
final class ResultSizes {

  private ResultSizes() {}

  /** {@code one()} found no row ({@code none}) or several rows of {@code model}. */
  static CairnException notOne(EntityModel<?> model, boolean none) {
    String message =
        "Query of "
            + model.name()
            + " expected exactly one result but found "
            + (none ? "none" : "more than one")
            + "; use "
            + (none ? "oneOrNull() or first()" : "first() or all()")
            + " or refine the filters";
    return none ? new NoResultException(message) : new NonUniqueResultException(message);
  }

  /** {@code oneOrNull()} found several rows of {@code model}. */
  static NonUniqueResultException severalForOneOrNull(EntityModel<?> model) {
    return new NonUniqueResultException(
        "Query of "
            + model.name()
            + " expected at most one result but found more than one; use first() or all() or"
            + " refine the filters");
  }
}
