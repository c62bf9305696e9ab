package dev.cairn.spring.boot.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test of Cairn components, like {@code @DataJdbcTest}: only the DataSource, transaction and
 * Cairn auto-configurations (no other beans of the application, except those the filters admit), an
 * embedded database in place of the configured one unless {@link
 * AutoConfigureCairnTestDatabase @AutoConfigureCairnTestDatabase(replace = NONE)} says otherwise,
 * the application's {@code spring.sql.init} scripts ({@code schema.sql} and {@code data.sql} by
 * default; on an embedded database unless {@code spring.sql.init.mode=always}) run before Cairn
 * applies {@code cairn.schema}, and every test in a transaction that is rolled back after it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(CairnTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(CairnTypeExcludeFilter.class)
@Transactional
@AutoConfigureCairn
@AutoConfigureCairnTestDatabase
@ImportAutoConfiguration
public @interface CairnTest {

  /** Properties in {@code key=value} form added to the environment before the test runs. */
  String[] properties() default {};

  /** Whether the application's {@code @Component}s are scanned at all (filtered by the slice). */
  boolean useDefaultFilters() default true;

  /** Extra components to include in the slice. */
  Filter[] includeFilters() default {};

  /** Components to exclude from the slice. */
  Filter[] excludeFilters() default {};

  /** Auto-configuration classes to exclude from the slice. */
  @AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
  Class<?>[] excludeAutoConfiguration() default {};
}
