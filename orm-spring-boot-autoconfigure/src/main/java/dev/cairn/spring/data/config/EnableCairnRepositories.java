package dev.cairn.spring.data.config;

import dev.cairn.spring.data.support.CairnRepositoryFactoryBean;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.config.DefaultRepositoryBaseClass;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;

/**
 * Enables Cairn repositories: every interface extending {@link
 * dev.cairn.spring.data.CairnRepository} (or a Spring Data repository of a Cairn {@code @Entity})
 * in the given packages becomes a bean. Spring Boot does this for the application's packages
 * without the annotation; declare it to scan other packages or to change an option. Without a
 * package, the package of the annotated class is scanned.
 *
 * <pre>{@code
 * @Configuration
 * @EnableCairnRepositories(basePackages = "com.example.orders")
 * class OrderConfiguration {}
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(CairnRepositoriesRegistrar.class)
public @interface EnableCairnRepositories {

  /** Alias for {@link #basePackages()}. */
  String[] value() default {};

  /** The packages to scan for repository interfaces, sub-packages included. */
  String[] basePackages() default {};

  /**
   * Type-safe alternative to {@link #basePackages()}: the packages of these classes are scanned.
   */
  Class<?>[] basePackageClasses() default {};

  /** Which interfaces of the scanned packages qualify; all repository interfaces by default. */
  Filter[] includeFilters() default {};

  /** Which interfaces of the scanned packages to leave out. */
  Filter[] excludeFilters() default {};

  /**
   * The suffix of custom implementation classes: for a fragment interface {@code
   * BookRepositoryCustom} the class {@code BookRepositoryCustomImpl} is used.
   */
  String repositoryImplementationPostfix() default "Impl";

  /**
   * Spring Data's query lookup strategy. Cairn treats every key alike: a method with {@code @Query}
   * runs its SQL, any other is derived from its name.
   */
  Key queryLookupStrategy() default QueryLookupStrategy.Key.CREATE_IF_NOT_FOUND;

  /**
   * Spring Data's named-query file. Cairn has no named queries (use {@code @Query}), so nothing is
   * read from it; the attribute exists because Spring Data's configuration requires it.
   */
  String namedQueriesLocation() default "";

  /** The class implementing the CRUD methods; Cairn's {@code SimpleCairnRepository} by default. */
  Class<?> repositoryBaseClass() default DefaultRepositoryBaseClass.class;

  /** The factory bean that creates each repository: a {@code CairnRepositoryFactoryBean}. */
  Class<?> repositoryFactoryBeanClass() default CairnRepositoryFactoryBean.class;

  /** Whether repository interfaces nested in other classes are found too. */
  boolean considerNestedRepositories() default false;

  /**
   * When repositories are created: at start-up ({@code DEFAULT}, so a bad query method stops the
   * application), {@code DEFERRED} or {@code LAZY}.
   */
  BootstrapMode bootstrapMode() default BootstrapMode.DEFAULT;

  /** The bean name of the shared {@code Session}; empty means the only (or primary) one. */
  String sessionRef() default "";

  /** The bean name of the {@code SessionFactory}; empty means the only (or primary) one. */
  String sessionFactoryRef() default "";

  /** The bean name of the transaction manager repository methods run their transactions with. */
  String transactionManagerRef() default "transactionManager";

  /**
   * Whether repository methods run in a transaction of their own when called outside one: CRUD
   * methods as the base class declares them, query methods read-only, modifying ones read-write.
   * Off, only methods annotated {@code @Transactional} are transactional.
   */
  boolean enableDefaultTransactions() default true;
}
