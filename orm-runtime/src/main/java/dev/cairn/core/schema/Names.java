package dev.cairn.core.schema;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Default names of constraints and indexes: {@code pk_users}, {@code fk_orders_user_id_users},
 * {@code uq_users_email}, {@code ix_users_name}, {@code ck_users_age}. Names longer than 63
 * characters (PostgreSQL's limit, the smallest of the supported databases) are shortened with a
 * hash suffix, so they stay distinct and deterministic.
 */
final class Names {

  static final int MAX_LENGTH = 63;

  private Names() {}

  static String primaryKey(Table table) {
    return fit("pk_" + table.name());
  }

  static String foreignKey(Table table, List<Column<?>> columns, Table target) {
    return fit("fk_" + table.name() + "_" + joined(columns) + "_" + target.name());
  }

  static String unique(Table table, List<Column<?>> columns) {
    return fit("uq_" + table.name() + "_" + joined(columns));
  }

  static String index(Table table, List<Column<?>> columns, boolean unique) {
    return fit((unique ? "ux_" : "ix_") + table.name() + "_" + joined(columns));
  }

  static String check(Table table, String suffix) {
    return fit("ck_" + table.name() + "_" + suffix);
  }

  static String columnList(List<Column<?>> columns) {
    StringJoiner joiner = new StringJoiner(", ", "(", ")");
    columns.forEach(c -> joiner.add(c.name()));
    return joiner.toString();
  }

  private static String joined(List<Column<?>> columns) {
    StringJoiner joiner = new StringJoiner("_");
    columns.forEach(c -> joiner.add(c.name()));
    return joiner.toString();
  }

  static String fit(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.length() <= MAX_LENGTH) {
      return lower;
    }
    String hash = String.format(Locale.ROOT, "%08x", lower.hashCode());
    return lower.substring(0, MAX_LENGTH - hash.length() - 1) + "_" + hash;
  }
}
