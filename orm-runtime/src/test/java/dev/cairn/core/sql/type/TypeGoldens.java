package dev.cairn.core.sql.type;

import dev.cairn.core.sql.type.TextTypeRoundTripTest.Color;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One sample type and literal value of every kind, for the per-dialect golden tests. */
final class TypeGoldens {

  /** Every kind of type with a DDL name, including the sized and Java-type variants. */
  static final Map<String, SqlType<?>> TYPES = types();

  /** A sample literal per kind: label, type, value. */
  static final List<Sample> LITERALS =
      List.of(
          new Sample("SMALLINT", SqlTypes.SMALLINT, (short) -5),
          new Sample("INTEGER", SqlTypes.INTEGER, 42),
          new Sample("BIGINT", SqlTypes.BIGINT, Long.MAX_VALUE),
          new Sample("BOOLEAN true", SqlTypes.BOOLEAN, true),
          new Sample("BOOLEAN false", SqlTypes.BOOLEAN, false),
          new Sample("NUMERIC", SqlTypes.numeric(10, 2), new BigDecimal("-12.50")),
          new Sample("REAL", SqlTypes.REAL, 1.5f),
          new Sample("DOUBLE", SqlTypes.DOUBLE, 0.1),
          new Sample("VARCHAR", SqlTypes.varchar(50), "It's a \\ test"),
          new Sample("TEXT", SqlTypes.TEXT, "Ünï 😀"),
          new Sample("ENUM", SqlTypes.enumType(Color.class), Color.DARK_BLUE),
          new Sample("DATE", SqlTypes.DATE, LocalDate.of(2024, 2, 29)),
          new Sample("TIME", SqlTypes.TIME, LocalTime.of(12, 34, 56, 500_000_000)),
          new Sample(
              "TIMESTAMP",
              SqlTypes.TIMESTAMP,
              LocalDateTime.of(2024, 2, 29, 12, 34, 56, 123_456_000)),
          new Sample(
              "TIMESTAMP_TZ",
              SqlTypes.TIMESTAMP_TZ,
              OffsetDateTime.parse("2024-06-01T12:00:00+05:30")),
          new Sample("INSTANT", SqlTypes.INSTANT, Instant.parse("2024-06-01T06:30:00Z")),
          new Sample(
              "UUID", SqlTypes.UUID_TYPE, UUID.fromString("123e4567-e89b-12d3-a456-426614174000")),
          new Sample("BINARY", SqlTypes.BINARY, new byte[] {0, 1, 0x7f, (byte) 0x80, (byte) 0xff}),
          new Sample("JSON", SqlTypes.JSON, "{\"a\": \"it's\"}"));

  private TypeGoldens() {}

  /** A labelled literal sample. */
  record Sample(String label, SqlType<?> type, Object value) {}

  /** {@code label -> ddlTypeName} for every sample type. */
  static Map<String, String> ddlNames(TypeDialect types) {
    Map<String, String> names = new LinkedHashMap<>();
    TYPES.forEach((label, type) -> names.put(label, types.ddlTypeName(type)));
    return names;
  }

  /** {@code label -> castTypeName} for every sample type. */
  static Map<String, String> castNames(TypeDialect types) {
    Map<String, String> names = new LinkedHashMap<>();
    TYPES.forEach((label, type) -> names.put(label, types.castTypeName(type)));
    return names;
  }

  /** {@code label -> literal} for every sample value. */
  static Map<String, String> literals(TypeDialect types) {
    Map<String, String> literals = new LinkedHashMap<>();
    for (Sample sample : LITERALS) {
      literals.put(sample.label(), types.literal(sample.type(), sample.value()));
    }
    return literals;
  }

  private static Map<String, SqlType<?>> types() {
    Map<String, SqlType<?>> types = new LinkedHashMap<>();
    types.put("SMALLINT", SqlTypes.SMALLINT);
    types.put("INTEGER", SqlTypes.INTEGER);
    types.put("BIGINT", SqlTypes.BIGINT);
    types.put("VARCHAR(50)", SqlTypes.varchar(50));
    types.put("TEXT", SqlTypes.TEXT);
    types.put("BOOLEAN", SqlTypes.BOOLEAN);
    types.put("NUMERIC(10,2)", SqlTypes.numeric(10, 2));
    types.put("REAL", SqlTypes.REAL);
    types.put("DOUBLE", SqlTypes.DOUBLE);
    types.put("DATE", SqlTypes.DATE);
    types.put("TIME", SqlTypes.TIME);
    types.put("TIMESTAMP", SqlTypes.TIMESTAMP);
    types.put("TIMESTAMP_TZ", SqlTypes.TIMESTAMP_TZ);
    types.put("INSTANT", SqlTypes.INSTANT);
    types.put("UUID", SqlTypes.UUID_TYPE);
    types.put("BINARY", SqlTypes.BINARY);
    types.put("BINARY(16)", SqlTypes.binary(16));
    types.put("ENUM", SqlTypes.enumType(Color.class));
    types.put("JSON", SqlTypes.JSON);
    return types;
  }
}
