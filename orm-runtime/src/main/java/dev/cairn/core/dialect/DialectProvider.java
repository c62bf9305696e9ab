package dev.cairn.core.dialect;

/**
 * Makes a dialect known to {@link Dialects}. Each database's package registers one through {@code
 * META-INF/services/dev.cairn.core.dialect.DialectProvider}.
 */
public interface DialectProvider {

  /** The names this dialect answers to in {@link Dialects#named}, lower case. */
  java.util.List<String> names();

  /** Whether this dialect serves the database with JDBC product name {@code productName}. */
  boolean matches(String productName);

  /**
   * Whether this dialect serves JDBC URLs like {@code jdbcUrl} (by its {@code jdbc:xxx:} prefix);
   * used to configure a pool before any connection exists.
   */
  default boolean matchesUrl(String jdbcUrl) {
    return false;
  }

  /** The dialect for the given server version. */
  Dialect create(int majorVersion, int minorVersion);
}
