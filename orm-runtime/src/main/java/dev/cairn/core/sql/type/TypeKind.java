package dev.cairn.core.sql.type;

/** The portable SQL types Cairn maps; each dialect decides the DDL name and the JDBC binding. */
public enum TypeKind {
  SMALLINT,
  INTEGER,
  BIGINT,
  VARCHAR,
  TEXT,
  BOOLEAN,
  NUMERIC,
  REAL,
  DOUBLE,
  DATE,
  TIME,
  /** A timestamp without time zone ({@code LocalDateTime}). */
  TIMESTAMP,
  /** A timestamp with time zone ({@code OffsetDateTime} or {@code Instant}). */
  TIMESTAMP_TZ,
  UUID,
  BINARY,
  /**
   * A Java enum stored by name in a varchar column ({@link SqlTypes#enumType}), or text in a column
   * of a database enum type ({@link SqlTypes#nativeEnum}).
   */
  ENUM,
  /** JSON text; stored in the dialect's native JSON type where it has one. */
  JSON,
  /**
   * A value whose type is unknown to Cairn (text SQL results, or a database type known only by
   * name, {@link SqlTypes#other}); bound and read as an object.
   */
  OBJECT
}
