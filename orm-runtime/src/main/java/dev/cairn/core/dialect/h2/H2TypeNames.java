package dev.cairn.core.dialect.h2;

import dev.cairn.core.schema.reflect.TypeName;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;

/**
 * H2 type names, as {@code INFORMATION_SCHEMA} reports them ({@code CHARACTER VARYING(45)}, {@code
 * DOUBLE PRECISION}) or as Cairn's DDL writes them, mapped to Cairn types. A character type longer
 * than H2's declared limit of 1,000,000 is unbounded text; ARRAY, ROW, INTERVAL, {@code TIME WITH
 * TIME ZONE} and other types Cairn does not map become {@code SqlTypes.other(name)}.
 */
final class H2TypeNames {

  private static final int LONGEST_VARCHAR = 1_000_000;

  private H2TypeNames() {}

  static SqlType<?> typeOf(String text) {
    TypeName name = TypeName.parse(text);
    if (name.has("array")) {
      return SqlTypes.other(text);
    }
    boolean zoned = name.has("with time zone");
    int length = name.number(0, 0);
    return switch (name.base()) {
      case "tinyint", "smallint", "int2" -> SqlTypes.SMALLINT;
      case "integer", "int", "int4" -> SqlTypes.INTEGER;
      case "bigint", "int8" -> SqlTypes.BIGINT;
      case "character varying", "varchar", "character", "char", "varchar_ignorecase" ->
          length == 0 || length > LONGEST_VARCHAR ? SqlTypes.TEXT : SqlTypes.varchar(length);
      case "character large object", "clob", "text" -> SqlTypes.TEXT;
      case "boolean", "bool" -> SqlTypes.BOOLEAN;
      case "numeric", "decimal" ->
          name.arguments().isEmpty() || name.number(0, 0) == 0
              ? SqlTypes.NUMERIC
              : SqlTypes.numeric(name.number(0, 1), name.number(1, 0));
      case "decfloat" -> SqlTypes.NUMERIC;
      case "real", "float4" -> SqlTypes.REAL;
      case "double precision", "double", "float8", "float" -> SqlTypes.DOUBLE;
      case "date" -> SqlTypes.DATE;
      case "time" -> zoned ? SqlTypes.other(text) : SqlTypes.TIME;
      case "timestamp" -> zoned ? SqlTypes.TIMESTAMP_TZ : SqlTypes.TIMESTAMP;
      case "uuid" -> SqlTypes.UUID_TYPE;
      case "binary varying", "varbinary", "binary" ->
          length == 0 || length > LONGEST_VARCHAR ? SqlTypes.BINARY : SqlTypes.binary(length);
      case "binary large object", "blob" -> SqlTypes.BINARY;
      case "json" -> SqlTypes.JSON;
      default -> SqlTypes.other(text);
    };
  }
}
