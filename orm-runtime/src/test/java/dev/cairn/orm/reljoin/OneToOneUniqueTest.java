package dev.cairn.orm.reljoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.UniqueViolationException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.orm.Session;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.orm.reljoin.JoinFixture.JAuthor;
import dev.cairn.orm.reljoin.JoinFixture.JBook;
import dev.cairn.orm.reljoin.JoinFixture.JPassport;
import dev.cairn.orm.reljoin.JoinFixture.JPerson;
import dev.cairn.orm.reljoin.JoinFixture.JTag;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The foreign key of a one-to-one's owning side is UNIQUE: one row per referenced row. */
class OneToOneUniqueTest {

  private static String passportsDdl(Dialect dialect) {
    List<String> ddl =
        MappingModel.of(JPerson.class, JPassport.class).metaData().createDdl(dialect);
    return ddl.stream().filter(s -> s.contains("j_passports (")).findFirst().orElseThrow();
  }

  private static String expected(String bigint, String text, String suffix) {
    return "CREATE TABLE j_passports (\n"
        + "  id "
        + bigint
        + " NOT NULL,\n"
        + "  number "
        + text
        + ",\n"
        + "  person_id "
        + bigint
        + ",\n"
        + "  CONSTRAINT pk_j_passports PRIMARY KEY (id),\n"
        + "  CONSTRAINT uq_j_passports_person_id UNIQUE (person_id),\n"
        + "  CONSTRAINT fk_j_passports_person_id_j_people FOREIGN KEY (person_id)"
        + " REFERENCES j_people (id)\n"
        + ")"
        + suffix;
  }

  @Test
  void ddlDeclaresTheUniqueConstraintOnEveryDialect() {
    String standard = expected("BIGINT", "VARCHAR(255)", "");
    assertThat(passportsDdl(Dialects.H2)).isEqualTo(standard);
    assertThat(passportsDdl(Dialects.POSTGRESQL)).isEqualTo(standard);
    assertThat(passportsDdl(Dialects.MARIADB))
        .isEqualTo(expected("BIGINT", "VARCHAR(255)", " ENGINE=InnoDB"));
    assertThat(passportsDdl(Dialects.MYSQL))
        .isEqualTo(expected("BIGINT", "VARCHAR(255)", " ENGINE=InnoDB"));
    assertThat(passportsDdl(Dialects.SQLITE))
        .isEqualTo(expected("INTEGER", "TEXT CHECK (length(number) <= 255)", ""));
    // a many-to-one's foreign key stays without one
    assertThat(
            MappingModel.of(JAuthor.class, JBook.class, JTag.class)
                .metaData()
                .createDdl(Dialects.POSTGRESQL))
        .noneMatch(ddl -> ddl.contains("uq_j_books_author_id"));
  }

  @DatabaseTest
  void aSecondRowReferringToTheSameParentIsAUniqueViolation(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).trees();
        Session session = f.open()) {
      JPerson ann = session.get(JPerson.class, 1L);
      JPassport second = new JPassport(2L, "P-2", ann);
      session.add(second);
      assertThatThrownBy(session::commit)
          .hasMessageContaining("INSERT of JPassport with id 2 in table j_passports failed")
          .hasCauseInstanceOf(UniqueViolationException.class);
    }
    try (JoinFixture f = new JoinFixture(db);
        Session session = f.open()) {
      assertThat(session.query(JPassport.class).count()).isEqualTo(1);
    }
  }
}
