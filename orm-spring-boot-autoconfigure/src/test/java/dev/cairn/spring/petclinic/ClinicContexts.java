package dev.cairn.spring.petclinic;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.orm.QueryCounter;
import dev.cairn.spring.boot.autoconfigure.CairnAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.CairnExceptionTranslationAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.CairnRepositoriesAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.EngineCustomizer;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The clinic as Boot starts it on a test database: Boot's JDBC stack with {@code spring.sql.init}
 * running the clinic's {@code schema.sql} for that database (standard SQL for H2 and PostgreSQL,
 * {@code AUTO_INCREMENT} for MariaDB) and its {@code data.sql}, then Cairn with {@code
 * cairn.schema=validate}, its repositories and the {@link ClinicService}. A {@link QueryCounter}
 * bean counts the engine's statements.
 */
final class ClinicContexts {

  private ClinicContexts() {}

  /** The clinic on {@code db}, its schema and data loaded by {@code spring.sql.init}. */
  static ApplicationContextRunner clinic(TestDb db) {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                DataSourceInitializationAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class,
                TransactionAutoConfiguration.class,
                JdbcTemplateAutoConfiguration.class,
                PersistenceExceptionTranslationAutoConfiguration.class,
                CairnExceptionTranslationAutoConfiguration.class,
                CairnAutoConfiguration.class,
                CairnRepositoriesAutoConfiguration.class))
        .withBean(DataSource.class, () -> dataSource(db))
        .withUserConfiguration(Clinic.class)
        .withPropertyValues(
            "clinic.schema=" + (db.database() == TestDatabase.MARIADB ? "mariadb" : "standard"),
            "spring.sql.init.mode=always",
            "spring.sql.init.schema-locations=classpath:petclinic/db/${clinic.schema}/schema.sql",
            "spring.sql.init.data-locations=classpath:petclinic/data.sql",
            "cairn.schema=validate");
  }

  private static DataSource dataSource(TestDb db) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(db.jdbcUrl());
    dataSource.setMaximumPoolSize(2);
    return dataSource;
  }

  /** The application's package (entities, repositories), its service and a statement counter. */
  @AutoConfigurationPackage
  @Import({ClinicService.class, Counting.class})
  static class Clinic {}

  /** A {@link QueryCounter} bean counting the engine's statements. */
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
}
