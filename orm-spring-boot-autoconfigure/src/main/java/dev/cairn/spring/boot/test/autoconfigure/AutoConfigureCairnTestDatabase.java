package dev.cairn.spring.boot.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Replaces the application's DataSource with an embedded one (H2, HSQLDB or Derby, whichever is on
 * the class path) with a unique name, so that each test context has a private, empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration(CairnTestDatabaseAutoConfiguration.class)
@PropertyMapping("cairn.test.database")
public @interface AutoConfigureCairnTestDatabase {

  /** Whether to replace the application's DataSource. */
  Replace replace() default Replace.ANY;

  /** What to replace. */
  enum Replace {
    /** Use an embedded database whatever the application configured. */
    ANY,
    /** Keep the application's DataSource (e.g. a PostgreSQL server or a Testcontainer). */
    NONE
  }
}
