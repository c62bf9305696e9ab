package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.schema.reflect.TypeName;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.Locale;

/**
 * SQLite's declared type names mapped to Cairn types. SQLite keeps whatever name a {@code CREATE
 * TABLE} gave, so common names map by name ({@code VARCHAR(45)}, {@code BOOLEAN}, {@code
 * TIMESTAMP}, {@code DECIMAL(5,2)}); {@code INTEGER} is BIGINT, since it holds 64 bits and Cairn
 * declares every integer column so; other names follow SQLite's affinity rules (a name containing
 * INT is BIGINT, CHAR/CLOB/TEXT is TEXT, REAL/FLOA/DOUB is DOUBLE); a column without a type, or of
 * a name no rule matches, is {@code SqlTypes.other(name)}.
 */
final class SqliteTypeNames {

  private SqliteTypeNames() {}

  static SqlType<?> typeOf(String text) {
    if (text.isBlank()) {
      return SqlTypes.OBJECT;
    }
    TypeName name = TypeName.parse(text);
    int length = name.number(0, 0);
    return switch (name.base()) {
      case "integer", "bigint", "int8", "unsigned big int" -> SqlTypes.BIGINT;
      case "int", "mediumint", "int4" -> SqlTypes.INTEGER;
      case "tinyint", "smallint", "int2" -> SqlTypes.SMALLINT;
      case "varchar", "character varying", "char", "character", "nvarchar", "nchar" ->
          length > 0 ? SqlTypes.varchar(length) : SqlTypes.TEXT;
      case "text", "clob" -> SqlTypes.TEXT;
      case "boolean", "bool" -> SqlTypes.BOOLEAN;
      case "real", "float", "double", "double precision" -> SqlTypes.DOUBLE;
      case "numeric", "decimal" ->
          length > 0 ? SqlTypes.numeric(length, name.number(1, 0)) : SqlTypes.NUMERIC;
      case "date" -> SqlTypes.DATE;
      case "time" -> SqlTypes.TIME;
      case "datetime", "timestamp" ->
          name.has("with time zone") ? SqlTypes.TIMESTAMP_TZ : SqlTypes.TIMESTAMP;
      case "blob" -> SqlTypes.BINARY;
      case "uuid" -> SqlTypes.UUID_TYPE;
      case "json", "jsonb" -> SqlTypes.JSON;
      default -> byAffinity(text);
    };
  }

  private static SqlType<?> byAffinity(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.contains("INT")) {
      return SqlTypes.BIGINT;
    }
    if (upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT")) {
      return SqlTypes.TEXT;
    }
    if (upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB")) {
      return SqlTypes.DOUBLE;
    }
    return SqlTypes.other(text);
  }
}
