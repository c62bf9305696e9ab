package dev.cairn.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Golden DDL assertions. Expected DDL is exact, except that column type names are written as {@code
 * {bigint}}, {@code {varchar:200}}, {@code {numeric:10:2}} and filled in from the dialect's {@code
 * types().ddlTypeName} (the type mapping has its own golden tests), and boolean literals as {@code
 * {true}}/{@code {false}}; {@code {len:name:20}} stands for SQLite's {@code CHECK (length(name) <=
 * 20)} of a {@code varchar(20)} column and for nothing elsewhere.
 */
final class SchemaDdlAssertions {

  private static final Pattern TOKEN = Pattern.compile("\\{(\\w+)(?::(\\d+))?(?::(\\d+))?}");

  /** {@code {len:name:20}}: the column check SQLite needs to enforce a declared length. */
  private static final Pattern LENGTH = Pattern.compile("\\{len:(\\w+):(\\d+)}");

  private SchemaDdlAssertions() {}

  static void assertDdl(List<String> actual, Dialect dialect, String... expected) {
    List<String> filled = java.util.Arrays.stream(expected).map(e -> fill(dialect, e)).toList();
    assertThat(actual).as("DDL for %s", dialect).containsExactlyElementsOf(filled);
  }

  static String fill(Dialect dialect, String template) {
    Matcher lengths = LENGTH.matcher(template);
    String checked =
        lengths.replaceAll(
            length ->
                dialect == Dialects.SQLITE
                    ? " CHECK (length(" + length.group(1) + ") <= " + length.group(2) + ")"
                    : "");
    Matcher matcher = TOKEN.matcher(checked);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String token = matcher.group(1);
      String replacement =
          switch (token) {
            case "true", "false" ->
                dialect.types().literal(SqlTypes.BOOLEAN, Boolean.parseBoolean(token));
            default -> dialect.types().ddlTypeName(type(token, matcher.group(2), matcher.group(3)));
          };
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static SqlType<?> type(String name, String first, String second) {
    return switch (name) {
      case "smallint" -> SqlTypes.SMALLINT;
      case "integer" -> SqlTypes.INTEGER;
      case "bigint" -> SqlTypes.BIGINT;
      case "varchar" -> SqlTypes.varchar(Integer.parseInt(first));
      case "numeric" -> SqlTypes.numeric(Integer.parseInt(first), Integer.parseInt(second));
      case "text" -> SqlTypes.TEXT;
      case "boolean" -> SqlTypes.BOOLEAN;
      case "timestamp" -> SqlTypes.TIMESTAMP;
      default -> throw new IllegalArgumentException("Unknown type token " + name);
    };
  }
}
