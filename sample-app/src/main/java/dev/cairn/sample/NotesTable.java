package dev.cairn.sample;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.type.SqlTypes;
import java.time.LocalDateTime;

/** The {@code notes} table, declared as a typed Cairn table: comparisons are checked by javac. */
final class NotesTable extends Table {

  final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey().identity();
  final Column<String> title = column("title", SqlTypes.varchar(200)).notNull();
  final Column<String> body = column("body", SqlTypes.TEXT);
  final Column<LocalDateTime> createdAt =
      column("created_at", SqlTypes.TIMESTAMP).notNull().defaultSupplier(LocalDateTime::now);

  NotesTable() {
    super("notes");
  }
}
