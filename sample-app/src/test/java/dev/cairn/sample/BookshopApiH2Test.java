package dev.cairn.sample;

import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDatabases;
import dev.cairn.test.TestDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The REST API on a private in-memory H2 database. */
class BookshopApiH2Test extends BookshopApiTest {

  private static TestDb db;

  @BeforeAll
  static void openDatabase() {
    db = TestDatabases.open(TestDatabase.H2);
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> db.jdbcUrl());
  }
}
