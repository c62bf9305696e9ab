package dev.cairn.spring.boot.test.autoconfigure;

import dev.cairn.core.CairnException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;

/**
 * The embedded DataSource of {@link AutoConfigureCairnTestDatabase}: defined before Boot's
 * DataSource auto-configuration, which then backs off.
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnProperty(
    prefix = "cairn.test.database",
    name = "replace",
    havingValue = "ANY",
    matchIfMissing = true)
public final class CairnTestDatabaseAutoConfiguration {

  /**
   * The test's DataSource: a private embedded database with a unique name, shut down with the
   * context.
   */
  @Bean(destroyMethod = "shutdown")
  @Primary
  EmbeddedDatabase cairnTestDataSource() {
    EmbeddedDatabaseConnection connection =
        EmbeddedDatabaseConnection.get(CairnTestDatabaseAutoConfiguration.class.getClassLoader());
    if (connection == EmbeddedDatabaseConnection.NONE) {
      throw new CairnException(
          "@CairnTest replaces the DataSource with an embedded database, but none is on the test"
              + " class path; add H2 (com.h2database:h2) as a test dependency, or keep the"
              + " application's DataSource with @AutoConfigureCairnTestDatabase(replace = NONE)");
    }
    return new EmbeddedDatabaseBuilder()
        .generateUniqueName(true)
        .setType(connection.getType())
        .build();
  }
}
