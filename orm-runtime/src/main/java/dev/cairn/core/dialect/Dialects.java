package dev.cairn.core.dialect;

import dev.cairn.core.CairnException;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Finds dialects: by name ({@code Dialects.named("postgresql")}), as constants for printing SQL, or
 * detected from a live connection's metadata.
 */
public final class Dialects {

  private static final List<DialectProvider> PROVIDERS = load();

  /** H2. */
  public static final Dialect H2 = named("h2");

  /** PostgreSQL. */
  public static final Dialect POSTGRESQL = named("postgresql");

  /** MySQL. */
  public static final Dialect MYSQL = named("mysql");

  /** MariaDB. */
  public static final Dialect MARIADB = named("mariadb");

  /** SQLite. */
  public static final Dialect SQLITE = named("sqlite");

  private Dialects() {}

  /** The dialect called {@code name} (h2, postgresql, mysql, mariadb, sqlite). */
  public static Dialect named(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (DialectProvider provider : PROVIDERS) {
      if (provider.names().contains(wanted)) {
        return provider.create(Integer.MAX_VALUE, 0);
      }
    }
    throw new CairnException("Unknown dialect '" + name + "'; known dialects are " + knownNames());
  }

  /**
   * The dialect for a JDBC URL, judged by its prefix ({@code jdbc:postgresql:} and so on), or null
   * when no dialect claims it. The server version is unknown, so the newest is assumed.
   */
  public static @Nullable Dialect forUrl(String jdbcUrl) {
    for (DialectProvider provider : PROVIDERS) {
      if (provider.matchesUrl(jdbcUrl)) {
        return provider.create(Integer.MAX_VALUE, 0);
      }
    }
    return null;
  }

  /** The dialect of the database behind {@code metaData}. */
  public static Dialect detect(DatabaseMetaData metaData) {
    String product;
    int major;
    int minor;
    try {
      product = metaData.getDatabaseProductName();
      major = metaData.getDatabaseMajorVersion();
      minor = metaData.getDatabaseMinorVersion();
    } catch (SQLException e) {
      throw new CairnException("Could not read the database's product name to pick a dialect", e);
    }
    for (DialectProvider provider : PROVIDERS) {
      if (provider.matches(product)) {
        return provider.create(major, minor);
      }
    }
    throw new CairnException(
        "No Cairn dialect for database '"
            + product
            + "'; supported are "
            + knownNames()
            + ". Name one explicitly if this database is compatible with one of them");
  }

  private static List<String> knownNames() {
    List<String> names = new ArrayList<>();
    PROVIDERS.forEach(p -> names.addAll(p.names()));
    return names;
  }

  private static List<DialectProvider> load() {
    List<DialectProvider> providers = new ArrayList<>();
    ServiceLoader.load(DialectProvider.class, Dialects.class.getClassLoader())
        .forEach(providers::add);
    return List.copyOf(providers);
  }
}
