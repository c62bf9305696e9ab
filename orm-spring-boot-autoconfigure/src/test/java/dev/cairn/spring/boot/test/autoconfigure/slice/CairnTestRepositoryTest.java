package dev.cairn.spring.boot.test.autoconfigure.slice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.Session;
import dev.cairn.spring.boot.test.autoconfigure.CairnTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Repositories in the slice: created, joined to the test's transaction, rolled back with it. */
@CairnTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CairnTestRepositoryTest {

  @Autowired SliceEntityRepository repository;
  @Autowired Session session;
  @Autowired DataSource dataSource;

  private int rows() {
    return new JdbcTemplate(dataSource)
        .queryForObject("SELECT COUNT(*) FROM slice_entities", Integer.class);
  }

  @Test
  @Order(1)
  void theRepositoryWritesInTheTestTransaction() {
    SliceEntity saved = repository.saveAndFlush(new SliceEntity(1L, "one"));
    assertThat(rows()).isEqualTo(1);
    assertThat(repository.findByName("one")).containsExactly(saved);
    assertThat(session.get(SliceEntity.class, 1L)).isSameAs(saved);
  }

  @Test
  @Order(2)
  void itWasRolledBack() {
    assertThat(rows()).isZero();
    assertThat(repository.count()).isZero();
  }
}
