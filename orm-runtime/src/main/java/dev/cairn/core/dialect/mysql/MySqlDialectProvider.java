package dev.cairn.core.dialect.mysql;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.DialectProvider;
import java.util.List;

/** Registers the MySQL dialect with {@link dev.cairn.core.dialect.Dialects}. */
public final class MySqlDialectProvider implements DialectProvider {

  /** Creates the provider (called by the service loader). */
  public MySqlDialectProvider() {}

  @Override
  public List<String> names() {
    return List.of("mysql");
  }

  @Override
  public boolean matches(String productName) {
    return productName.equals("MySQL");
  }

  @Override
  public boolean matchesUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:mysql:");
  }

  @Override
  public Dialect create(int majorVersion, int minorVersion) {
    return new MySqlDialect();
  }
}
