package dev.cairn.core.schema;

import dev.cairn.core.sql.type.SqlType;

/**
 * Kinds of values, coarser than {@link dev.cairn.core.sql.type.TypeKind}: integers of any width,
 * text of any length (enums included), and so on. Two columns of one family hold the same kind of
 * value; a type Cairn knows only by name ({@link #OTHER}) is compatible with any.
 */
enum TypeFamily {
  INTEGER,
  TEXT,
  NUMERIC,
  FLOAT,
  BOOLEAN,
  DATE,
  TIME,
  TIMESTAMP,
  TIMESTAMP_TZ,
  UUID,
  BINARY,
  JSON,
  OTHER;

  static TypeFamily of(SqlType<?> type) {
    return switch (type.kind()) {
      case SMALLINT, INTEGER, BIGINT -> INTEGER;
      case VARCHAR, TEXT, ENUM -> TEXT;
      case NUMERIC -> NUMERIC;
      case REAL, DOUBLE -> FLOAT;
      case BOOLEAN -> BOOLEAN;
      case DATE -> DATE;
      case TIME -> TIME;
      case TIMESTAMP -> TIMESTAMP;
      case TIMESTAMP_TZ -> TIMESTAMP_TZ;
      case UUID -> UUID;
      case BINARY -> BINARY;
      case JSON -> JSON;
      case OBJECT -> OTHER;
    };
  }

  /** Whether values of {@code a} and {@code b} are of one kind (either unknown counts as yes). */
  static boolean compatible(SqlType<?> a, SqlType<?> b) {
    TypeFamily first = of(a);
    TypeFamily second = of(b);
    return first == second || first == OTHER || second == OTHER;
  }
}
