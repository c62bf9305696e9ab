package dev.cairn.core.dialect.mysql;

import dev.cairn.core.schema.reflect.TypeName;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;

/**
 * MySQL and MariaDB column types, as {@code COLUMN_TYPE} reports them ({@code smallint(5)
 * unsigned}, {@code enum('G','PG')}) or as Cairn's DDL writes them, mapped to Cairn types: {@code
 * tinyint(1)} and {@code bit(1)} are booleans, an unsigned integer takes the next wider type,
 * {@code YEAR} is a SMALLINT, {@code DATETIME} and {@code TIMESTAMP} are TIMESTAMP, ENUM is a
 * native enum of its labels; SET, spatial types and others become {@code SqlTypes.other(name)}.
 */
final class MySqlTypeNames {

  private MySqlTypeNames() {}

  static SqlType<?> typeOf(String text) {
    TypeName name = TypeName.parse(text);
    boolean unsigned = name.has("unsigned");
    int size = name.number(0, 0);
    return switch (name.base()) {
      case "tinyint" -> size == 1 && !unsigned ? SqlTypes.BOOLEAN : SqlTypes.SMALLINT;
      case "bool", "boolean" -> SqlTypes.BOOLEAN;
      case "smallint" -> unsigned ? SqlTypes.INTEGER : SqlTypes.SMALLINT;
      case "mediumint" -> SqlTypes.INTEGER;
      case "int", "integer" -> unsigned ? SqlTypes.BIGINT : SqlTypes.INTEGER;
      case "bigint" -> unsigned ? SqlTypes.numeric(20, 0) : SqlTypes.BIGINT;
      case "varchar", "char", "character", "nvarchar", "nchar" ->
          SqlTypes.varchar(Math.max(size, 1));
      case "tinytext", "text", "mediumtext", "longtext" -> SqlTypes.TEXT;
      case "json" -> SqlTypes.JSON;
      case "decimal", "numeric", "dec", "fixed" ->
          SqlTypes.numeric(name.number(0, 10), name.number(1, 0));
      case "float" -> SqlTypes.REAL;
      case "double", "real", "double precision" -> SqlTypes.DOUBLE;
      case "date" -> SqlTypes.DATE;
      case "time" -> SqlTypes.TIME;
      case "datetime", "timestamp" -> SqlTypes.TIMESTAMP;
      case "year" -> SqlTypes.SMALLINT;
      case "binary", "varbinary" -> size == 0 ? SqlTypes.BINARY : SqlTypes.binary(size);
      case "tinyblob", "blob", "mediumblob", "longblob" -> SqlTypes.BINARY;
      case "enum" -> SqlTypes.nativeEnum("enum", name.labels().toArray(String[]::new));
      case "uuid" -> SqlTypes.UUID_TYPE;
      case "bit" -> size <= 1 ? SqlTypes.BOOLEAN : SqlTypes.other(text);
      default -> SqlTypes.other(text);
    };
  }
}
