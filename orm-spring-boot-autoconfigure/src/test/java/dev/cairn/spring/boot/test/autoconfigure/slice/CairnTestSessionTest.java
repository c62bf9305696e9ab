package dev.cairn.spring.boot.test.autoconfigure.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.orm.Session;
import dev.cairn.spring.boot.test.autoconfigure.CairnTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shared Session in the slice: schema created, work rolled back, exceptions translated. */
@CairnTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CairnTestSessionTest {

  @Autowired Session session;
  @Autowired DataSource dataSource;

  private int rows() {
    return new JdbcTemplate(dataSource)
        .queryForObject("SELECT COUNT(*) FROM slice_entities", Integer.class);
  }

  @Test
  @Order(1)
  void theSessionWritesInTheTestTransaction() {
    session.add(new SliceEntity(1L, "one"));
    session.flush();
    assertThat(rows()).isEqualTo(1);
    assertThat(session.get(SliceEntity.class, 1L).name).isEqualTo("one");
  }

  @Test
  @Order(2)
  void itWasRolledBackAndDuplicatesAreTranslated() {
    assertThat(rows()).isZero();
    session.add(new SliceEntity(2L, "two"));
    session.flush();
    session.clear();
    session.add(new SliceEntity(2L, "again"));
    assertThatThrownBy(session::flush).isInstanceOf(DuplicateKeyException.class);
  }
}
