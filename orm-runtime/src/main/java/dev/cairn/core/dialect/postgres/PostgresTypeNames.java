package dev.cairn.core.dialect.postgres;

import dev.cairn.core.schema.reflect.TypeName;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;

/**
 * PostgreSQL type names, as {@code format_type} writes them ({@code character varying(45)}, {@code
 * timestamp without time zone}) or as Cairn's DDL does ({@code VARCHAR(45)}), mapped to Cairn
 * types. Arrays, ranges, intervals, {@code time with time zone} and other types Cairn does not map
 * become {@code SqlTypes.other(name)}.
 */
final class PostgresTypeNames {

  private PostgresTypeNames() {}

  static SqlType<?> typeOf(String text) {
    TypeName name = TypeName.parse(text);
    if (name.has("[]") || name.has("array")) {
      return SqlTypes.other(text);
    }
    boolean zoned = name.has("with time zone");
    return switch (name.base()) {
      case "smallint", "int2", "smallserial", "serial2" -> SqlTypes.SMALLINT;
      case "integer", "int", "int4", "serial", "serial4" -> SqlTypes.INTEGER;
      case "bigint", "int8", "bigserial", "serial8" -> SqlTypes.BIGINT;
      case "character varying", "varchar" ->
          name.arguments().isEmpty() ? SqlTypes.TEXT : SqlTypes.varchar(name.number(0, 1));
      case "character", "char", "bpchar" -> SqlTypes.varchar(name.number(0, 1));
      case "text", "citext", "name" -> SqlTypes.TEXT;
      case "boolean", "bool" -> SqlTypes.BOOLEAN;
      case "numeric", "decimal" ->
          name.arguments().isEmpty()
              ? SqlTypes.NUMERIC
              : SqlTypes.numeric(name.number(0, 1), name.number(1, 0));
      case "real", "float4" -> SqlTypes.REAL;
      case "double precision", "float8" -> SqlTypes.DOUBLE;
      case "float" -> name.number(0, 53) <= 24 ? SqlTypes.REAL : SqlTypes.DOUBLE;
      case "date" -> SqlTypes.DATE;
      case "time" -> zoned ? SqlTypes.other(text) : SqlTypes.TIME;
      case "timestamp" -> zoned ? SqlTypes.TIMESTAMP_TZ : SqlTypes.TIMESTAMP;
      case "timestamptz" -> SqlTypes.TIMESTAMP_TZ;
      case "uuid" -> SqlTypes.UUID_TYPE;
      case "bytea" -> SqlTypes.BINARY;
      case "json", "jsonb" -> SqlTypes.JSON;
      default -> SqlTypes.other(text);
    };
  }
}
