package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.DialectProvider;
import java.util.List;

/** Registers the SQLite dialect with {@link dev.cairn.core.dialect.Dialects}. */
public final class SqliteDialectProvider implements DialectProvider {

  /** Creates the provider (called by the service loader). */
  public SqliteDialectProvider() {}

  @Override
  public List<String> names() {
    return List.of("sqlite");
  }

  @Override
  public boolean matches(String productName) {
    return productName.equals("SQLite");
  }

  @Override
  public boolean matchesUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:sqlite:");
  }

  @Override
  public Dialect create(int majorVersion, int minorVersion) {
    return new SqliteDialect();
  }
}
