package dev.cairn.core.schema.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which database types reflection maps to which {@link SqlTypes}, per dialect, as the README's
 * table lists them: the names each catalog reports, and the names Cairn's own DDL writes.
 */
class CatalogTypeMappingTest {

  private static Map<String, SqlType<?>> mapped(Dialect dialect, String... names) {
    Map<String, SqlType<?>> types = new LinkedHashMap<>();
    for (String name : names) {
      types.put(name, dialect.catalog().typeOf(name));
    }
    return types;
  }

  private static Map<String, SqlType<?>> expected(Object... namesAndTypes) {
    Map<String, SqlType<?>> types = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      types.put((String) namesAndTypes[i], (SqlType<?>) namesAndTypes[i + 1]);
    }
    return types;
  }

  @Test
  void postgresql() {
    Map<String, SqlType<?>> expected =
        expected(
            "smallint", SqlTypes.SMALLINT,
            "integer", SqlTypes.INTEGER,
            "bigint", SqlTypes.BIGINT,
            "character varying(45)", SqlTypes.varchar(45),
            "character varying", SqlTypes.TEXT,
            "character(20)", SqlTypes.varchar(20),
            "text", SqlTypes.TEXT,
            "boolean", SqlTypes.BOOLEAN,
            "numeric(5,2)", SqlTypes.numeric(5, 2),
            "numeric", SqlTypes.NUMERIC,
            "real", SqlTypes.REAL,
            "double precision", SqlTypes.DOUBLE,
            "date", SqlTypes.DATE,
            "time without time zone", SqlTypes.TIME,
            "timestamp(3) without time zone", SqlTypes.TIMESTAMP,
            "timestamp with time zone", SqlTypes.TIMESTAMP_TZ,
            "uuid", SqlTypes.UUID_TYPE,
            "bytea", SqlTypes.BINARY,
            "jsonb", SqlTypes.JSON,
            "VARCHAR(50)", SqlTypes.varchar(50),
            "NUMERIC(10, 2)", SqlTypes.numeric(10, 2),
            "TIMESTAMP WITH TIME ZONE", SqlTypes.TIMESTAMP_TZ,
            "time with time zone", SqlTypes.other("time with time zone"),
            "text[]", SqlTypes.other("text[]"),
            "tsvector", SqlTypes.other("tsvector"),
            "interval", SqlTypes.other("interval"));
    assertThat(mapped(Dialects.POSTGRESQL, expected.keySet().toArray(String[]::new)))
        .containsExactlyEntriesOf(expected);
  }

  @Test
  void h2() {
    Map<String, SqlType<?>> expected =
        expected(
            "TINYINT", SqlTypes.SMALLINT,
            "SMALLINT", SqlTypes.SMALLINT,
            "INTEGER", SqlTypes.INTEGER,
            "BIGINT", SqlTypes.BIGINT,
            "CHARACTER VARYING(45)", SqlTypes.varchar(45),
            "CHARACTER(20)", SqlTypes.varchar(20),
            "CHARACTER VARYING", SqlTypes.TEXT,
            "CHARACTER VARYING(1000000000)", SqlTypes.TEXT,
            "CHARACTER LARGE OBJECT", SqlTypes.TEXT,
            "BOOLEAN", SqlTypes.BOOLEAN,
            "NUMERIC(4, 2)", SqlTypes.numeric(4, 2),
            "DECFLOAT", SqlTypes.NUMERIC,
            "REAL", SqlTypes.REAL,
            "DOUBLE PRECISION", SqlTypes.DOUBLE,
            "DATE", SqlTypes.DATE,
            "TIME(6)", SqlTypes.TIME,
            "TIMESTAMP(6)", SqlTypes.TIMESTAMP,
            "TIMESTAMP(6) WITH TIME ZONE", SqlTypes.TIMESTAMP_TZ,
            "UUID", SqlTypes.UUID_TYPE,
            "BINARY VARYING(16)", SqlTypes.binary(16),
            "BINARY LARGE OBJECT", SqlTypes.BINARY,
            "JSON", SqlTypes.JSON,
            "ARRAY", SqlTypes.other("ARRAY"),
            "INTERVAL DAY", SqlTypes.other("INTERVAL DAY"));
    assertThat(mapped(Dialects.H2, expected.keySet().toArray(String[]::new)))
        .containsExactlyEntriesOf(expected);
  }

  @Test
  void mysqlAndMariadb() {
    Map<String, SqlType<?>> expected =
        expected(
            "tinyint(1)", SqlTypes.BOOLEAN,
            "tinyint(3) unsigned", SqlTypes.SMALLINT,
            "smallint(6)", SqlTypes.SMALLINT,
            "smallint(5) unsigned", SqlTypes.INTEGER,
            "mediumint(8) unsigned", SqlTypes.INTEGER,
            "int(11)", SqlTypes.INTEGER,
            "int(10) unsigned", SqlTypes.BIGINT,
            "bigint(20)", SqlTypes.BIGINT,
            "bigint(20) unsigned", SqlTypes.numeric(20, 0),
            "varchar(45)", SqlTypes.varchar(45),
            "char(36)", SqlTypes.varchar(36),
            "text", SqlTypes.TEXT,
            "longtext", SqlTypes.TEXT,
            "json", SqlTypes.JSON,
            "decimal(5,2)", SqlTypes.numeric(5, 2),
            "float", SqlTypes.REAL,
            "double", SqlTypes.DOUBLE,
            "date", SqlTypes.DATE,
            "time(6)", SqlTypes.TIME,
            "datetime(6)", SqlTypes.TIMESTAMP,
            "timestamp", SqlTypes.TIMESTAMP,
            "year(4)", SqlTypes.SMALLINT,
            "varbinary(16)", SqlTypes.binary(16),
            "longblob", SqlTypes.BINARY,
            "uuid", SqlTypes.UUID_TYPE,
            "bit(1)", SqlTypes.BOOLEAN,
            "enum('a','it''s')", SqlTypes.nativeEnum("enum", "a", "it's"),
            "set('a','b')", SqlTypes.other("set('a','b')"),
            "point", SqlTypes.other("point"));
    assertThat(mapped(Dialects.MYSQL, expected.keySet().toArray(String[]::new)))
        .containsExactlyEntriesOf(expected);
    assertThat(mapped(Dialects.MARIADB, expected.keySet().toArray(String[]::new)))
        .containsExactlyEntriesOf(expected);
  }

  @Test
  void sqlite() {
    Map<String, SqlType<?>> expected =
        expected(
            "INTEGER", SqlTypes.BIGINT,
            "INT", SqlTypes.INTEGER,
            "SMALLINT", SqlTypes.SMALLINT,
            "BIGINT", SqlTypes.BIGINT,
            "VARCHAR(45)", SqlTypes.varchar(45),
            "CHAR(20)", SqlTypes.varchar(20),
            "TEXT", SqlTypes.TEXT,
            "BOOLEAN", SqlTypes.BOOLEAN,
            "DECIMAL(5,2)", SqlTypes.numeric(5, 2),
            "NUMERIC", SqlTypes.NUMERIC,
            "REAL", SqlTypes.DOUBLE,
            "DOUBLE", SqlTypes.DOUBLE,
            "DATE", SqlTypes.DATE,
            "TIME", SqlTypes.TIME,
            "DATETIME", SqlTypes.TIMESTAMP,
            "TIMESTAMP", SqlTypes.TIMESTAMP,
            "BLOB", SqlTypes.BINARY,
            "UUID", SqlTypes.UUID_TYPE,
            "JSON", SqlTypes.JSON,
            "UNSIGNED BIG INT", SqlTypes.BIGINT,
            "NATIVE CHARACTER(70)", SqlTypes.TEXT,
            "FLOATING POINT", SqlTypes.BIGINT, // SQLite's own rule: the name contains INT
            "FLOAT8", SqlTypes.DOUBLE,
            "MONEY", SqlTypes.other("MONEY"),
            "", SqlTypes.OBJECT);
    assertThat(mapped(Dialects.SQLITE, expected.keySet().toArray(String[]::new)))
        .containsExactlyEntriesOf(expected);
  }

  @Test
  void typeNamesComeApartIntoBaseArgumentsAndSuffix() {
    TypeName name = TypeName.parse("timestamp(6) without time zone");
    assertThat(name.base()).isEqualTo("timestamp");
    assertThat(name.arguments()).containsExactly("6");
    assertThat(name.suffix()).isEqualTo("without time zone");
    TypeName labels = TypeName.parse("enum('a,b','it''s')");
    assertThat(labels.labels()).containsExactly("a,b", "it's");
    assertThat(TypeName.parse("DECIMAL(10,2) UNSIGNED").has("unsigned")).isTrue();
    assertThat(TypeName.parse("text[]").base()).isEqualTo("text");
    assertThat(TypeName.parse("text[]").suffix()).isEqualTo("[]");
  }
}
