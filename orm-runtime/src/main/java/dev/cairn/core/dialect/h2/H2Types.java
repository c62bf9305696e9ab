package dev.cairn.core.dialect.h2;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.StandardTypeDialect;

/**
 * H2's types. Text is {@code CHARACTER VARYING} without a length (up to H2's 1,000,000 characters)
 * rather than a CLOB, because H2 cannot compare CLOBs with {@code =}; JSON is stored as that text
 * too, since H2's own JSON type turns a bound string into a JSON string literal. Times and
 * timestamps keep microseconds ({@code (6)}), like the other databases; UUIDs are native.
 */
public class H2Types extends StandardTypeDialect {

  private static final int MAX_LENGTH = 1_000_000;

  /** Creates the H2 types. */
  public H2Types() {
    super("h2");
  }

  @Override
  public String ddlTypeName(SqlType<?> type) {
    return switch (type.kind()) {
      case TIME -> "TIME(6)";
      case TIMESTAMP -> "TIMESTAMP(6)";
      case TIMESTAMP_TZ -> "TIMESTAMP(6) WITH TIME ZONE";
      default -> super.ddlTypeName(type);
    };
  }

  @Override
  protected int maxVarcharLength() {
    return MAX_LENGTH;
  }

  @Override
  protected int maxBinaryLength() {
    return MAX_LENGTH;
  }

  @Override
  protected int maxNumericPrecision() {
    return 100_000;
  }

  /** {@code NUMERIC(p, s)}; without a declared precision H2's decimal floating point, DECFLOAT. */
  @Override
  protected String numericTypeName(int precision, int scale) {
    return precision == 0 ? "DECFLOAT" : super.numericTypeName(precision, scale);
  }

  @Override
  protected String textTypeName() {
    return "CHARACTER VARYING";
  }

  @Override
  protected String jsonTypeName() {
    return "CHARACTER VARYING";
  }

  @Override
  protected String binaryTypeName(int length) {
    return length > 0 ? "BINARY VARYING(" + length + ")" : "BINARY LARGE OBJECT";
  }
}
