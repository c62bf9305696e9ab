package dev.cairn.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test method once per database ({@link TestDatabase}), each time with a fresh, empty
 * database injected as a {@link TestDb} parameter. The database name is part of the test name.
 *
 * <p>PostgreSQL and MariaDB come from {@code CAIRN_TEST_POSTGRES_URL} and {@code
 * CAIRN_TEST_MARIADB_URL}; without them Testcontainers starts them where Docker runs; otherwise
 * they are skipped with a message, except under {@code CI=true}, where that fails the test.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseInvocationProvider.class)
public @interface DatabaseTest {

  /** The databases to run on; all of them by default. */
  TestDatabase[] value() default {
    TestDatabase.H2, TestDatabase.SQLITE, TestDatabase.POSTGRESQL, TestDatabase.MARIADB
  };
}
