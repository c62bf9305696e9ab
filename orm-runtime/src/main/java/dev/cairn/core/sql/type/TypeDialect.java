package dev.cairn.core.sql.type;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * What a dialect decides about types: the DDL name of each type, the target of a CAST, and the
 * codec that binds and reads values.
 */
public interface TypeDialect {

  /**
   * The type as written in CREATE TABLE, e.g. {@code VARCHAR(50)} or {@code TIMESTAMP WITH TIME
   * ZONE}; a {@link dev.cairn.core.CairnException} for a type this database cannot store.
   */
  String ddlTypeName(SqlType<?> type);

  /** The type as written as the target of {@code CAST(x AS ...)}. */
  String castTypeName(SqlType<?> type);

  /**
   * {@code value} written as a SQL literal of {@code type}, for the few places SQL cannot take a
   * bound parameter (DDL defaults and check constraints). Strings are quoted and escaped; a {@link
   * dev.cairn.core.CairnException} when {@code type} does not accept {@code value}.
   */
  String literal(SqlType<?> type, Object value);

  /** The codec for values of {@code type}; the same instance for equal types. */
  <T> JdbcCodec<T> codec(SqlType<T> type);

  /**
   * Binds {@code value} as parameter {@code index} of {@code type} through its codec, after
   * checking that the type accepts it ({@link SqlType#checkValue}); for callers holding a {@code
   * SqlType<?>} and an untyped value, such as named parameters supplied at execution.
   */
  default void bind(PreparedStatement statement, int index, SqlType<?> type, @Nullable Object value)
      throws SQLException {
    bindTyped(statement, index, type, value);
  }

  private <T> void bindTyped(
      PreparedStatement statement, int index, SqlType<T> type, @Nullable Object value)
      throws SQLException {
    codec(type).bind(statement, index, type.checkValue(value));
  }
}
