package dev.cairn.core.dialect.mysql;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.DialectProvider;
import java.util.List;

/** Registers the MariaDB dialect with {@link dev.cairn.core.dialect.Dialects}. */
public final class MariaDbDialectProvider implements DialectProvider {

  /** Creates the provider (called by the service loader). */
  public MariaDbDialectProvider() {}

  @Override
  public List<String> names() {
    return List.of("mariadb");
  }

  @Override
  public boolean matches(String productName) {
    return productName.equals("MariaDB");
  }

  @Override
  public boolean matchesUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:mariadb:");
  }

  @Override
  public Dialect create(int majorVersion, int minorVersion) {
    return new MariaDbDialect();
  }
}
