package dev.cairn.core.dialect.postgres;

import dev.cairn.core.sql.type.JdbcCodec;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.StandardTypeDialect;
import dev.cairn.core.sql.type.TypeKind;
import java.util.HexFormat;

/**
 * PostgreSQL's types: TEXT, BYTEA, native UUID, JSONB (bound as a string of type {@code OTHER} so
 * the server parses it, read back as text in JSONB's normalised form), native enums (named by their
 * type, bound as {@code OTHER} so that {@code rating = ?} compares enum to enum), {@code TIMESTAMP
 * WITH TIME ZONE} (read back at offset UTC, same instant). Times keep microseconds, PostgreSQL's
 * precision.
 */
public class PostgresTypes extends StandardTypeDialect {

  /** Creates the PostgreSQL types. */
  public PostgresTypes() {
    super("postgresql");
  }

  @Override
  protected String jsonTypeName() {
    return "JSONB";
  }

  /** The enum type's own name, quoted unless it is a plain lower-case identifier. */
  @Override
  protected String nativeEnumTypeName(SqlType<?> type) {
    String name = String.valueOf(type.typeName());
    return name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
  }

  @Override
  protected String binaryTypeName(int length) {
    return "BYTEA";
  }

  @Override
  protected int maxVarcharLength() {
    return 10_485_760;
  }

  @Override
  protected int maxNumericPrecision() {
    return 1000;
  }

  @Override
  protected String floatingLiteral(SqlType<?> type, double asDouble, Object value) {
    if (Double.isFinite(asDouble)) {
      return super.floatingLiteral(type, asDouble, value);
    }
    String text = Double.isNaN(asDouble) ? "NaN" : asDouble > 0 ? "Infinity" : "-Infinity";
    return "'" + text + "'::" + ddlTypeName(type);
  }

  /**
   * A quoted string; one holding a backslash is written {@code E'…'} with the backslashes doubled,
   * so it reads the same whether or not the server runs with {@code standard_conforming_strings}.
   */
  @Override
  protected String stringLiteral(String value) {
    if (value.indexOf('\\') < 0) {
      return super.stringLiteral(value);
    }
    return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  @Override
  protected String binaryLiteral(byte[] value) {
    return "'\\x" + HexFormat.of().formatHex(value) + "'::BYTEA";
  }

  @Override
  @SuppressWarnings("unchecked")
  protected <T> JdbcCodec<T> createCodec(SqlType<T> type) {
    if (type.kind() == TypeKind.JSON
        || (type.kind() == TypeKind.ENUM && type.javaType() == String.class)) {
      return (JdbcCodec<T>) PostgresTextAsOtherCodec.INSTANCE;
    }
    return super.createCodec(type);
  }
}
