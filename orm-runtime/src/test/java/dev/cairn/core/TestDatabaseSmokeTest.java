package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

class TestDatabaseSmokeTest {

  @DatabaseTest
  void eachTestGetsAnEmptyPrivateDatabase(TestDb db) throws Exception {
    db.executeJdbc("CREATE TABLE smoke (id INTEGER PRIMARY KEY)", "INSERT INTO smoke VALUES (1)");
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM smoke")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
      assertThat(connection.getMetaData().getDatabaseProductName())
          .isIn("H2", "SQLite", "PostgreSQL", "MariaDB");
    }
  }
}
