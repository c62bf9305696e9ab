package dev.cairn.spring.boot.test.autoconfigure.slice;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.engine.Engine;
import dev.cairn.spring.boot.test.autoconfigure.AutoConfigureCairnTestDatabase;
import dev.cairn.spring.boot.test.autoconfigure.AutoConfigureCairnTestDatabase.Replace;
import dev.cairn.spring.boot.test.autoconfigure.CairnTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest(properties = "spring.datasource.url=jdbc:h2:mem:cairn-slice-kept;DB_CLOSE_DELAY=-1")
@AutoConfigureCairnTestDatabase(replace = Replace.NONE)
class CairnTestKeepingTheDataSourceTest {

  @Autowired DataSource dataSource;
  @Autowired Engine engine;

  @Test
  void theApplicationsDataSourceIsUsed() {
    assertThat(dataSource).isInstanceOf(HikariDataSource.class);
    assertThat(((HikariDataSource) dataSource).getJdbcUrl()).contains("cairn-slice-kept");
    assertThat(engine.dialect().name()).isEqualTo("h2");
  }
}
