package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;

/** A boolean expression, for WHERE, ON, HAVING and CASE. Combine with {@link #and}, {@link #or}. */
public interface Condition extends Expression<Boolean> {

  @Override
  default SqlType<Boolean> type() {
    return SqlTypes.BOOLEAN;
  }

  /** {@code (this AND other)}. */
  default Condition and(Condition other) {
    return Junction.and(this, other);
  }

  /** {@code (this OR other)}. */
  default Condition or(Condition other) {
    return Junction.or(this, other);
  }

  /** {@code NOT (this)}. */
  default Condition not() {
    return new Negation(this);
  }
}
