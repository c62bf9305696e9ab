package dev.cairn.core.sql.type;

/** Standard SQL type names and JDBC bindings; dialects extend this and override what differs. */
public class StandardTypeDialect implements TypeDialect {

  /** Creates the standard type dialect. */
  public StandardTypeDialect() {}

  @Override
  public String ddlTypeName(SqlType<?> type) {
    return switch (type.kind()) {
      case SMALLINT -> "SMALLINT";
      case INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
      case VARCHAR, ENUM -> "VARCHAR(" + type.length() + ")";
      case TEXT, JSON -> "TEXT";
      case BOOLEAN -> "BOOLEAN";
      case NUMERIC -> "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
      case REAL -> "REAL";
      case DOUBLE -> "DOUBLE PRECISION";
      case DATE -> "DATE";
      case TIME -> "TIME";
      case TIMESTAMP -> "TIMESTAMP";
      case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
      case UUID -> "UUID";
      case BINARY -> type.length() > 0 ? "VARBINARY(" + type.length() + ")" : "BLOB";
      case OBJECT -> throw new IllegalArgumentException("OBJECT has no DDL type");
    };
  }

  @Override
  public String castTypeName(SqlType<?> type) {
    return ddlTypeName(type);
  }

  @Override
  public String literal(SqlType<?> type, Object value) {
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }

  @Override
  public <T> JdbcCodec<T> codec(SqlType<T> type) {
    return ObjectCodec.of(type);
  }
}
