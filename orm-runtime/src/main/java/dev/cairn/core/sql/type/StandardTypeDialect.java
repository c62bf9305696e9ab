package dev.cairn.core.sql.type;

import dev.cairn.core.CairnException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Standard SQL type names, literals and JDBC 4.2 codecs; each database's types extend this and
 * override only what differs: the {@code xxxTypeName}/{@code xxxLiteral} hooks and {@link
 * #createCodec}. Codecs are created once per distinct {@link SqlType} and cached.
 */
public class StandardTypeDialect implements TypeDialect {

  /** {@code HH:mm:ss} with as many fraction digits as needed (none for whole seconds). */
  protected static final DateTimeFormatter TIME_TEXT =
      new DateTimeFormatterBuilder()
          .appendPattern("HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .toFormatter();

  /** {@code yyyy-MM-dd HH:mm:ss[.fraction]}. */
  protected static final DateTimeFormatter TIMESTAMP_TEXT =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral(' ')
          .append(TIME_TEXT)
          .toFormatter();

  /** {@code yyyy-MM-dd HH:mm:ss[.fraction]+hh:mm}. */
  protected static final DateTimeFormatter TIMESTAMP_TZ_TEXT =
      new DateTimeFormatterBuilder()
          .append(TIMESTAMP_TEXT)
          .appendOffset("+HH:MM", "+00:00")
          .toFormatter();

  private final String dialectName;
  private final ConcurrentHashMap<SqlType<?>, JdbcCodec<?>> codecs = new ConcurrentHashMap<>();

  /** Creates the standard type dialect. */
  public StandardTypeDialect() {
    this("standard SQL");
  }

  /** Creates type rules for the dialect called {@code dialectName} (named in error messages). */
  protected StandardTypeDialect(String dialectName) {
    this.dialectName = dialectName;
  }

  /** The dialect's name, for messages. */
  protected final String dialectName() {
    return dialectName;
  }

  @Override
  public String ddlTypeName(SqlType<?> type) {
    DeclaredSizes.check(this, type);
    return switch (type.kind()) {
      case SMALLINT -> "SMALLINT";
      case INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
      case VARCHAR -> varcharTypeName(type.length());
      case ENUM ->
          type.typeName() != null ? nativeEnumTypeName(type) : varcharTypeName(type.length());
      case TEXT -> textTypeName();
      case JSON -> jsonTypeName();
      case BOOLEAN -> booleanTypeName();
      case NUMERIC -> numericTypeName(type.precision(), type.scale());
      case REAL -> "REAL";
      case DOUBLE -> "DOUBLE PRECISION";
      case DATE -> "DATE";
      case TIME -> "TIME";
      case TIMESTAMP -> "TIMESTAMP";
      case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
      case UUID -> uuidTypeName();
      case BINARY -> binaryTypeName(type.length());
      case OBJECT -> namedType(type, "a column type");
    };
  }

  @Override
  public String castTypeName(SqlType<?> type) {
    if (type.kind() == TypeKind.OBJECT) {
      return namedType(type, "a CAST target");
    }
    return ddlTypeName(type);
  }

  private String namedType(SqlType<?> type, String what) {
    String name = type.typeName();
    if (name == null) {
      throw objectHasNoType(what);
    }
    return name;
  }

  /**
   * The DDL name of a native enum ({@link SqlTypes#nativeEnum}): standard {@code ENUM('a', 'b')}
   * (MySQL, MariaDB, H2); PostgreSQL names its enum type instead.
   */
  protected String nativeEnumTypeName(SqlType<?> type) {
    if (type.labels().isEmpty()) {
      throw cannotStore(
          type,
          "an inline ENUM needs its labels; declare them, SqlTypes.nativeEnum(\""
              + type.typeName()
              + "\", \"A\", \"B\")");
    }
    StringBuilder sql = new StringBuilder("ENUM(");
    for (int i = 0; i < type.labels().size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(stringLiteral(type.labels().get(i)));
    }
    return sql.append(')').toString();
  }

  /** The longest {@code VARCHAR(n)} this database declares, in characters. */
  protected int maxVarcharLength() {
    return Integer.MAX_VALUE;
  }

  /** The longest bounded binary string this database declares, in bytes. */
  protected int maxBinaryLength() {
    return Integer.MAX_VALUE;
  }

  /** The largest {@code NUMERIC} precision this database declares. */
  protected int maxNumericPrecision() {
    return Integer.MAX_VALUE;
  }

  /** The largest {@code NUMERIC} scale this database declares. */
  protected int maxNumericScale() {
    return Integer.MAX_VALUE;
  }

  /** The DDL name of {@code VARCHAR(length)}. */
  protected String varcharTypeName(int length) {
    return "VARCHAR(" + length + ")";
  }

  /** The DDL name of unbounded text. */
  protected String textTypeName() {
    return "TEXT";
  }

  /** The DDL name of JSON. */
  protected String jsonTypeName() {
    return "JSON";
  }

  /** The DDL name of booleans. */
  protected String booleanTypeName() {
    return "BOOLEAN";
  }

  /** The DDL name of {@code NUMERIC(precision, scale)}; precision 0 is NUMERIC without one. */
  protected String numericTypeName(int precision, int scale) {
    return precision == 0 ? "NUMERIC" : "NUMERIC(" + precision + ", " + scale + ")";
  }

  /** The DDL name of UUIDs. */
  protected String uuidTypeName() {
    return "UUID";
  }

  /** The DDL name of binary data of at most {@code length} bytes, or unbounded for 0. */
  protected String binaryTypeName(int length) {
    return length > 0 ? "VARBINARY(" + length + ")" : "BLOB";
  }

  @Override
  public String literal(SqlType<?> type, Object value) {
    Object checked = type.checkValue(value);
    return switch (type.kind()) {
      case SMALLINT, INTEGER, BIGINT -> checked.toString();
      case NUMERIC -> ((BigDecimal) checked).toPlainString();
      case REAL, DOUBLE -> floatingLiteral(type, ((Number) checked).doubleValue(), checked);
      case BOOLEAN -> booleanLiteral((Boolean) checked);
      case VARCHAR, TEXT -> stringLiteral((String) checked);
      case JSON -> jsonLiteral((String) checked);
      case ENUM ->
          stringLiteral(checked instanceof Enum<?> constant ? constant.name() : (String) checked);
      case DATE -> dateLiteral((LocalDate) checked);
      case TIME -> timeLiteral((LocalTime) checked);
      case TIMESTAMP -> timestampLiteral((LocalDateTime) checked);
      case TIMESTAMP_TZ ->
          timestampTzLiteral(
              checked instanceof Instant instant
                  ? instant.atOffset(ZoneOffset.UTC)
                  : (OffsetDateTime) checked);
      case UUID -> uuidLiteral((UUID) checked);
      case BINARY -> binaryLiteral((byte[]) checked);
      case OBJECT -> throw objectHasNoType("a literal");
    };
  }

  /**
   * A floating-point literal; {@code value} is the original {@code Float} or {@code Double} so that
   * a float prints its shortest form. Non-finite values have no standard literal.
   */
  protected String floatingLiteral(SqlType<?> type, double asDouble, Object value) {
    if (!Double.isFinite(asDouble)) {
      throw new CairnException(
          dialectName
              + " has no SQL literal for the "
              + type
              + " value "
              + value
              + "; use a finite number");
    }
    return value.toString();
  }

  /** {@code TRUE} or {@code FALSE}. */
  protected String booleanLiteral(boolean value) {
    return value ? "TRUE" : "FALSE";
  }

  /** A quoted string, single quotes doubled. */
  protected String stringLiteral(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** JSON text as a string literal. */
  protected String jsonLiteral(String json) {
    return stringLiteral(json);
  }

  /** {@code DATE 'yyyy-MM-dd'}. */
  protected String dateLiteral(LocalDate value) {
    return "DATE '" + value + "'";
  }

  /** {@code TIME 'HH:mm:ss.ffffff'}. */
  protected String timeLiteral(LocalTime value) {
    return "TIME '" + TIME_TEXT.format(value) + "'";
  }

  /** {@code TIMESTAMP 'yyyy-MM-dd HH:mm:ss.ffffff'}. */
  protected String timestampLiteral(LocalDateTime value) {
    return "TIMESTAMP '" + TIMESTAMP_TEXT.format(value) + "'";
  }

  /** {@code TIMESTAMP WITH TIME ZONE 'yyyy-MM-dd HH:mm:ss.ffffff+hh:mm'}. */
  protected String timestampTzLiteral(OffsetDateTime value) {
    return "TIMESTAMP WITH TIME ZONE '" + TIMESTAMP_TZ_TEXT.format(value) + "'";
  }

  /** A UUID as a quoted string. */
  protected String uuidLiteral(UUID value) {
    return "'" + value + "'";
  }

  /** {@code X'hex'}. */
  protected String binaryLiteral(byte[] value) {
    return "X'" + HexFormat.of().withUpperCase().formatHex(value) + "'";
  }

  @Override
  @SuppressWarnings("unchecked")
  public final <T> JdbcCodec<T> codec(SqlType<T> type) {
    JdbcCodec<?> codec = codecs.get(type);
    if (codec == null) {
      // Not computeIfAbsent: createCodec may ask for other types' codecs.
      JdbcCodec<T> created = createCodec(type);
      codec = codecs.putIfAbsent(type, created);
      if (codec == null) {
        codec = created;
      }
    }
    return (JdbcCodec<T>) codec;
  }

  /**
   * Creates the codec for {@code type}; called once per distinct type. Override to change how a
   * database stores some kinds, calling {@code super.createCodec} for the rest.
   */
  protected <T> JdbcCodec<T> createCodec(SqlType<T> type) {
    return JdbcCodecs.standard(type);
  }

  /** A {@link CairnException} saying that this database cannot store {@code type}, and why. */
  protected final CairnException cannotStore(SqlType<?> type, String reason) {
    return new CairnException(dialectName + " cannot store " + type + ": " + reason);
  }

  private CairnException objectHasNoType(String what) {
    return new CairnException(
        "OBJECT (a value of unknown type) has no "
            + dialectName
            + " type for "
            + what
            + "; declare a concrete SqlType from SqlTypes");
  }
}
