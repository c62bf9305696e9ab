package dev.cairn.spring.boot.test.autoconfigure.slice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Engine;
import dev.cairn.spring.CairnExceptionTranslator;
import dev.cairn.spring.boot.test.autoconfigure.CairnTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.transaction.PlatformTransactionManager;

@CairnTest(properties = "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/not-used")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CairnTestSliceTest {

  @Autowired ApplicationContext context;
  @Autowired DataSource dataSource;
  @Autowired Engine engine;

  @Test
  @Order(1)
  void onlyCairnAnEmbeddedDatabaseAndATransaction() {
    assertThat(dataSource).isInstanceOf(EmbeddedDatabase.class);
    assertThat(engine.dialect().name()).isEqualTo("h2");
    assertThat(context.getBeanNamesForType(SliceService.class)).isEmpty();
    assertThat(context.getBeanNamesForType(PlatformTransactionManager.class)).hasSize(1);
    assertThat(context.getBeanNamesForType(CairnExceptionTranslator.class)).hasSize(1);
    assertThat(TestTransaction.isActive()).isTrue();
    assertThat(TestTransaction.isFlaggedForRollback()).isTrue();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("CREATE TABLE IF NOT EXISTS slice_notes (id INT PRIMARY KEY)");
    TestTransaction.flagForCommit();
    TestTransaction.end();
    TestTransaction.start();
    jdbc.update("INSERT INTO slice_notes (id) VALUES (1)");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM slice_notes", Integer.class)).isEqualTo(1);
  }

  @Test
  @Order(2)
  void theWriteOfTheTestBeforeWasRolledBack() {
    assertThat(
            new JdbcTemplate(dataSource)
                .queryForObject("SELECT COUNT(*) FROM slice_notes", Integer.class))
        .isZero();
  }
}
