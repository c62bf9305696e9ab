package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.time.LocalDateTime;

/** The database's current local date and time, without time zone. */
record CurrentTimestamp() implements Expression<LocalDateTime> {

  @Override
  public SqlType<LocalDateTime> type() {
    return SqlTypes.TIMESTAMP;
  }

  @Override
  public void render(RenderContext context) {
    context.sql(context.dialect().query().currentTimestampSql());
  }
}
