package dev.cairn.core.sql.type;

/**
 * What a dialect decides about types: the DDL name of each type, the target of a CAST, and the
 * codec that binds and reads values.
 */
public interface TypeDialect {

  /**
   * The type as written in CREATE TABLE, e.g. {@code VARCHAR(50)} or {@code TIMESTAMP WITH TIME
   * ZONE}.
   */
  String ddlTypeName(SqlType<?> type);

  /** The type as written as the target of {@code CAST(x AS ...)}. */
  String castTypeName(SqlType<?> type);

  /**
   * {@code value} written as a SQL literal of {@code type}, for the few places SQL cannot take a
   * bound parameter (DDL defaults and check constraints). Strings are quoted and escaped.
   */
  String literal(SqlType<?> type, Object value);

  /** The codec for values of {@code type}; the same instance for equal types. */
  <T> JdbcCodec<T> codec(SqlType<T> type);
}
