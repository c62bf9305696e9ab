package dev.cairn.core.dialect.h2;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.DialectProvider;
import java.util.List;

/** Registers the H2 dialect with {@link dev.cairn.core.dialect.Dialects}. */
public final class H2DialectProvider implements DialectProvider {

  /** Creates the provider (called by the service loader). */
  public H2DialectProvider() {}

  @Override
  public List<String> names() {
    return List.of("h2");
  }

  @Override
  public boolean matches(String productName) {
    return productName.equals("H2");
  }

  @Override
  public boolean matchesUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:");
  }

  @Override
  public Dialect create(int majorVersion, int minorVersion) {
    return new H2Dialect();
  }
}
