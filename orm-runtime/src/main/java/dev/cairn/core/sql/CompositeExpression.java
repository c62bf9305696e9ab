package dev.cairn.core.sql;

import java.util.List;

/** An expression built from other expressions; lets the FROM clause be inferred from columns. */
interface CompositeExpression {

  /** The expressions this one is built from. */
  List<? extends SqlNode> children();
}
