package dev.cairn.orm.mapping;

import java.util.Locale;

/**
 * Names tables and columns in snake_case: class {@code OrderLine} maps to table {@code order_line},
 * field {@code createdAt} to column {@code created_at}, {@code httpURL} to {@code http_url} and
 * {@code address2} to {@code address2}.
 */
public final class SnakeCaseNamingStrategy implements NamingStrategy {

  /** The shared instance. */
  public static final SnakeCaseNamingStrategy INSTANCE = new SnakeCaseNamingStrategy();

  /** Creates the strategy; it is stateless, so {@link #INSTANCE} serves as well. */
  public SnakeCaseNamingStrategy() {}

  @Override
  public String tableName(Class<?> entityClass) {
    return snakeCase(entityClass.getSimpleName());
  }

  @Override
  public String columnName(String fieldName) {
    return snakeCase(fieldName);
  }

  /** {@code name} in snake_case: an underscore before each word that starts with a capital. */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLowerOrDigit =
            i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || isDigit(name.charAt(i - 1)));
        boolean endsAcronym =
            i > 0
                && Character.isUpperCase(name.charAt(i - 1))
                && i + 1 < name.length()
                && Character.isLowerCase(name.charAt(i + 1));
        if ((afterLowerOrDigit || endsAcronym) && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
