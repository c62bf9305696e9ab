package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import java.util.List;

/**
 * The second half of {@link MetaData#update}: once missing tables exist, adds the columns a diff
 * found missing, one statement at a time so that a failure names its column.
 */
final class SchemaUpdate {

  private SchemaUpdate() {}

  static void addMissingColumns(SchemaDiff diff, SchemaTarget target) {
    for (SchemaProblem problem : diff.problems()) {
      boolean columnItCannotAdd = problem.column() != null;
      if (problem.kind() == SchemaProblem.Kind.UNSUPPORTED_CHANGE && columnItCannotAdd) {
        throw new CairnException("Cannot update the schema: " + problem.message());
      }
    }
    for (SchemaChange change : diff.changes()) {
      if (change.kind() == SchemaChange.Kind.ADD_COLUMN) {
        addColumn(target, change);
      }
    }
  }

  private static void addColumn(SchemaTarget target, SchemaChange change) {
    try {
      target.executeDdl(List.of(change.sql()));
    } catch (CairnException e) {
      throw new CairnException(
          "Adding column "
              + change.table()
              + "."
              + change.name()
              + " failed ("
              + change.sql()
              + "): "
              + e.getMessage()
              + "; a NOT NULL column needs a default or an empty table: give it a default, make it"
              + " nullable, or migrate the table with Flyway or Liquibase",
          e);
    }
  }
}
