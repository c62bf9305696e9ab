package dev.cairn.core.sql.type;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.sql.type.TypeGoldens.Sample;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.assertj.core.api.SoftAssertions;

/**
 * Every kind's literal used as a column DEFAULT on every database: the database accepts it, and the
 * codec reads back the value the literal was made from.
 */
class LiteralTypeRoundTripTest {

  @DatabaseTest
  void literalsWorkAsColumnDefaults(TestDb db) throws Exception {
    TypeDialect types = db.dialect().types();
    SoftAssertions softly = new SoftAssertions();
    int n = 0;
    for (Sample sample : TypeGoldens.LITERALS) {
      String table = "lit_" + ++n;
      db.executeJdbc(
          "CREATE TABLE "
              + table
              + " (id INTEGER PRIMARY KEY, v "
              + types.ddlTypeName(sample.type())
              + " DEFAULT "
              + types.literal(sample.type(), sample.value())
              + ")",
          "INSERT INTO " + table + " (id) VALUES (1)");
      Object back = readDefault(db, table, sample.type());
      if (back instanceof OffsetDateTime offset) {
        softly
            .assertThat(offset.toInstant())
            .as(sample.label())
            .isEqualTo(((OffsetDateTime) sample.value()).toInstant());
      } else {
        softly.assertThat(back).as(sample.label()).isEqualTo(sample.value());
      }
    }
    softly.assertAll();
    assertThat(n).isEqualTo(TypeGoldens.LITERALS.size());
  }

  private static Object readDefault(TestDb db, String table, SqlType<?> type) throws Exception {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT v FROM " + table)) {
      rows.next();
      return db.dialect().types().codec(type).read(rows, 1);
    }
  }
}
