package dev.cairn.spring.boot.autoconfigure.data;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.orm.QueryCounter;
import dev.cairn.spring.boot.autoconfigure.CairnAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.CairnExceptionTranslationAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.CairnRepositoriesAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.EngineCustomizer;
import dev.cairn.spring.boot.autoconfigure.data.shop.Book;
import dev.cairn.spring.boot.autoconfigure.data.shop.ShopPackage;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/** Application contexts of the repository tests: Boot's JDBC stack, Cairn, its repositories. */
final class RepositoryContexts {

  private RepositoryContexts() {}

  /** A context on {@code db} whose application package is the shop's, schema created. */
  static ApplicationContextRunner shop(TestDb db) {
    return base(db).withUserConfiguration(ShopPackage.class);
  }

  /** The auto-configurations and properties without any application package. */
  static ApplicationContextRunner base(TestDb db) {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class,
                TransactionManagerCustomizationAutoConfiguration.class,
                TransactionAutoConfiguration.class,
                JdbcTemplateAutoConfiguration.class,
                PersistenceExceptionTranslationAutoConfiguration.class,
                CairnExceptionTranslationAutoConfiguration.class,
                CairnAutoConfiguration.class,
                CairnRepositoriesAutoConfiguration.class))
        .withBean(DataSource.class, () -> dataSource(db))
        .withBean(TransactionRecorder.class)
        .withUserConfiguration(Counting.class)
        .withPropertyValues(
            "cairn.schema=create", "cairn.entity-packages=" + Book.class.getPackageName());
  }

  /**
   * A pool on the test database (through {@code spring.datasource.url} Boot would log in to H2 as
   * {@code sa}, a user the test kit does not know).
   */
  private static DataSource dataSource(TestDb db) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(db.jdbcUrl());
    return dataSource;
  }

  /** Counts the statements of the auto-configured engine. */
  @Configuration(proxyBeanMethods = false)
  static class Counting {

    @Bean
    QueryCounter queryCounter() {
      return new QueryCounter();
    }

    @Bean
    EngineCustomizer countingEngineCustomizer(QueryCounter counter) {
      return builder -> builder.listener(counter);
    }
  }

  /** Records the transactions the transaction manager begins: name and read-only flag. */
  static final class TransactionRecorder implements TransactionExecutionListener {

    private final List<String> begun = new ArrayList<>();

    @Override
    public void beforeBegin(TransactionExecution transaction) {
      synchronized (begun) {
        begun.add(
            transaction.getTransactionName() + (transaction.isReadOnly() ? " (read-only)" : ""));
      }
    }

    /** The transactions begun so far, oldest first. */
    List<String> begun() {
      synchronized (begun) {
        return List.copyOf(begun);
      }
    }

    /** Forgets what was recorded. */
    void clear() {
      synchronized (begun) {
        begun.clear();
      }
    }
  }
}
