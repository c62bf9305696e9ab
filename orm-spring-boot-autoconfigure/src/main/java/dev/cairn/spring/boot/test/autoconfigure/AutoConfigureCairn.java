package dev.cairn.spring.boot.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Imports the auto-configurations a Cairn test needs: DataSource, its {@code spring.sql.init}
 * scripts ({@code schema.sql}, {@code data.sql}, as {@code @DataJpaTest} runs them; Cairn's {@code
 * cairn.schema} is applied after them), transaction manager and transactions, Cairn itself, its
 * exception translation and repositories (listed in {@code
 * META-INF/spring/dev.cairn.spring.boot.test.autoconfigure.AutoConfigureCairn.imports}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureCairn {}
