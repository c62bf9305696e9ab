package dev.cairn.sample;

import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDatabases;
import dev.cairn.test.TestDb;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The REST API on a private PostgreSQL schema (CAIRN_TEST_POSTGRES_URL, else Testcontainers;
 * skipped without either, failing under CI=true).
 */
class BookshopApiPostgresTest extends BookshopApiTest {

  private static @Nullable TestDb db;

  @BeforeAll
  static void openDatabase() {
    db = TestDatabases.open(TestDatabase.POSTGRESQL);
  }

  @AfterAll
  static void closeDatabase() {
    if (db != null) {
      db.close();
    }
  }

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> Objects.requireNonNull(db).jdbcUrl());
  }
}
