package dev.cairn.benchmarks;

import dev.cairn.benchmarks.contenders.CairnCoreContender;
import dev.cairn.benchmarks.contenders.CairnOrmContender;
import dev.cairn.benchmarks.contenders.HibernateContender;
import dev.cairn.benchmarks.contenders.JdbcContender;
import dev.cairn.benchmarks.contenders.JooqContender;
import dev.cairn.benchmarks.contenders.RelationsMode;
import java.util.List;
import javax.sql.DataSource;

/**
 * The contenders by name. {@code relations-load} variants are named {@code <contender>-<remedy>}:
 * {@code cairn-orm-selectin}, {@code cairn-orm-joined}, {@code hibernate-fetch-join}, {@code
 * hibernate-batch-size}; the plain name is the contender's default.
 */
public final class Contenders {

  /** The reference every ratio is computed against. */
  public static final String JDBC = "jdbc";

  /** The contenders of every operation. */
  public static final List<String> BASE =
      List.of(JDBC, "cairn-core", "cairn-orm", "hibernate", "jooq");

  /** The contenders of {@code relations-load}: the defaults plus the N+1 remedies. */
  public static final List<String> RELATIONS =
      List.of(
          JDBC,
          "cairn-core",
          "cairn-orm",
          "cairn-orm-selectin",
          "cairn-orm-joined",
          "hibernate",
          "hibernate-fetch-join",
          "hibernate-batch-size",
          "jooq");

  private Contenders() {}

  /** Creates the contender called {@code name} over {@code dataSource}. */
  public static Contender create(String name, DataSource dataSource, BenchmarkDatabase database) {
    return switch (name) {
      case JDBC -> new JdbcContender(dataSource);
      case "cairn-core" -> new CairnCoreContender(dataSource);
      case "cairn-orm" -> new CairnOrmContender(dataSource, RelationsMode.DEFAULT);
      case "cairn-orm-selectin" -> new CairnOrmContender(dataSource, RelationsMode.SELECTIN);
      case "cairn-orm-joined" -> new CairnOrmContender(dataSource, RelationsMode.JOINED);
      case "hibernate" -> new HibernateContender(dataSource, RelationsMode.DEFAULT);
      case "hibernate-fetch-join" -> new HibernateContender(dataSource, RelationsMode.JOINED);
      case "hibernate-batch-size" -> new HibernateContender(dataSource, RelationsMode.BATCH_SIZE);
      case "jooq" -> new JooqContender(dataSource, database);
      default ->
          throw new IllegalArgumentException(
              "Unknown contender '" + name + "'; known: " + RELATIONS);
    };
  }

  /** The table-name prefix of a contender: its variants share their base contender's tables. */
  public static String tablePrefix(String name) {
    if (name.startsWith("cairn-orm")) {
      return "orm";
    }
    if (name.startsWith("hibernate")) {
      return "hib";
    }
    return name.replace("cairn-", "").replace('-', '_');
  }
}
