package dev.cairn.core.dialect.postgres;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.DialectProvider;
import java.util.List;

/** Registers the PostgreSQL dialect with {@link dev.cairn.core.dialect.Dialects}. */
public final class PostgresDialectProvider implements DialectProvider {

  /** Creates the provider (called by the service loader). */
  public PostgresDialectProvider() {}

  @Override
  public List<String> names() {
    return List.of("postgresql", "postgres");
  }

  @Override
  public boolean matches(String productName) {
    return productName.equals("PostgreSQL");
  }

  @Override
  public boolean matchesUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  @Override
  public Dialect create(int majorVersion, int minorVersion) {
    return new PostgresDialect();
  }
}
