package dev.cairn.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.NamingStrategy;
import dev.cairn.orm.mapping.SnakeCaseNamingStrategy;
import dev.cairn.spring.NestedTransactionFlusher;
import dev.cairn.spring.boot.autoconfigure.entities.Account;
import dev.cairn.spring.boot.autoconfigure.entities.Customer;
import dev.cairn.spring.boot.autoconfigure.entities.Tag;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Conditions, properties, back-off and schema modes of the session auto-configuration. */
class CairnSessionAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DataSourceTransactionManagerAutoConfiguration.class,
                  TransactionAutoConfiguration.class,
                  DataSourceInitializationAutoConfiguration.class,
                  CairnExceptionTranslationAutoConfiguration.class,
                  CairnAutoConfiguration.class))
          .withPropertyValues("spring.datasource.generate-unique-name=true");

  private final ApplicationContextRunner withEntities =
      runner.withPropertyValues("cairn.entity-packages=" + Customer.class.getPackageName());

  @AutoConfigurationPackage(basePackageClasses = Customer.class)
  @Configuration(proxyBeanMethods = false)
  static class Application {}

  @CairnEntityScan(basePackageClasses = Tag.class)
  @Configuration(proxyBeanMethods = false)
  static class Scanned {}

  private static List<Class<?>> entities(SessionFactory factory) {
    return factory.mapping().entities().stream().<Class<?>>map(EntityModel::javaType).toList();
  }

  @Test
  void sessionFactorySessionAndFlusherOnTheEngine() {
    withEntities.run(
        context -> {
          assertThat(context).hasSingleBean(SessionFactory.class).hasSingleBean(Session.class);
          assertThat(context).hasSingleBean(NestedTransactionFlusher.class);
          SessionFactory factory = context.getBean(SessionFactory.class);
          assertThat(factory.engine()).isSameAs(context.getBean(Engine.class));
          assertThat(entities(factory))
              .containsExactlyInAnyOrder(Customer.class, Tag.class, Account.class);
          assertThat(context.getBean(Session.class).toString()).contains("Spring transaction");
        });
  }

  @Test
  void entitiesComeFromTheApplicationPackageByDefault() {
    runner
        .withUserConfiguration(Application.class)
        .run(
            context ->
                assertThat(entities(context.getBean(SessionFactory.class)))
                    .contains(Customer.class, Tag.class, Account.class));
  }

  @Test
  void cairnEntityScanNamesThePackages() {
    runner
        .withUserConfiguration(Scanned.class)
        .run(
            context ->
                assertThat(entities(context.getBean(SessionFactory.class)))
                    .contains(Customer.class, Tag.class, Account.class));
  }

  @Test
  void withoutPackagesNoEntitiesAreMapped() {
    runner.run(context -> assertThat(entities(context.getBean(SessionFactory.class))).isEmpty());
  }

  @Test
  void propertiesReachTheSessionFactory() {
    withEntities
        .withPropertyValues(
            "cairn.batch-size=3",
            "cairn.strict-loading=true",
            "cairn.naming-strategy=" + PrefixedColumns.class.getName())
        .run(
            context -> {
              SessionFactory factory = context.getBean(SessionFactory.class);
              assertThat(factory.batchSize()).isEqualTo(3);
              assertThat(factory.strictLoading()).isTrue();
              assertThat(factory.mapping().entity(Customer.class).table().column("c_name"))
                  .isNotNull();
            });
  }

  /** A naming strategy that prefixes column names with {@code c_}. */
  public static final class PrefixedColumns implements NamingStrategy {
    @Override
    public String tableName(Class<?> entityClass) {
      return SnakeCaseNamingStrategy.INSTANCE.tableName(entityClass);
    }

    @Override
    public String columnName(String fieldName) {
      return "c_" + SnakeCaseNamingStrategy.INSTANCE.columnName(fieldName);
    }
  }

  @Test
  void customizersRunAfterProperties() {
    withEntities
        .withPropertyValues("cairn.batch-size=3")
        .withBean(SessionFactoryCustomizer.class, () -> builder -> builder.batchSize(7))
        .run(context -> assertThat(context.getBean(SessionFactory.class).batchSize()).isEqualTo(7));
  }

  @Test
  void applicationBeansWin() {
    withEntities
        .withBean(
            "mySessionFactory",
            SessionFactory.class,
            () -> SessionFactory.builder(Engine.create("jdbc:h2:mem:own")).build())
        .run(
            context -> {
              assertThat(context.getBeansOfType(SessionFactory.class))
                  .containsOnlyKeys("mySessionFactory");
              assertThat(context).hasSingleBean(Session.class);
            });
    withEntities
        .withBean(
            "mySession",
            Session.class,
            () -> SessionFactory.builder(Engine.create("jdbc:h2:mem:own2")).build().openSession())
        .run(
            context ->
                assertThat(context.getBeansOfType(Session.class)).containsOnlyKeys("mySession"));
  }

  @Test
  void noDataSourceNoSession() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CairnAutoConfiguration.class))
        .run(
            context ->
                assertThat(context)
                    .doesNotHaveBean(SessionFactory.class)
                    .doesNotHaveBean(Session.class));
  }

  @Test
  void anEmbeddedDatabaseGetsItsTablesCreated() {
    withEntities.run(
        context -> {
          Engine engine = context.getBean(Engine.class);
          assertThat(engine.tableExists("customers")).isTrue();
          assertThat(engine.tableExists("tags")).isTrue();
        });
  }

  @Test
  void schemaNoneLeavesTheDatabaseAlone() {
    withEntities
        .withPropertyValues("cairn.schema=none")
        .run(
            context ->
                assertThat(context.getBean(Engine.class).tableExists("customers")).isFalse());
  }

  @Test
  void validateFailsStartUpNamingTheMissingTable() {
    withEntities
        .withPropertyValues("cairn.schema=validate")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(CairnSchemaValidationException.class)
                    .hasMessageContaining("missing table customers"));
  }

  @Test
  void validateRunsAfterSchemaSqlAndNamesTheMissingColumn() {
    withEntities
        .withPropertyValues(
            "cairn.schema=validate",
            "spring.sql.init.schema-locations=classpath:cairn-test/partial-schema.sql")
        .run(
            context -> {
              assertThat(context)
                  .getFailure()
                  .rootCause()
                  .isInstanceOf(CairnSchemaValidationException.class);
              CairnSchemaValidationException failure =
                  (CairnSchemaValidationException) rootCause(context.getStartupFailure());
              assertThat(failure.problems())
                  .containsExactlyInAnyOrder("missing column customers.name", "missing table tags");
            });
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  @Test
  void validatePassesOnAMatchingSchema() {
    withEntities
        .withPropertyValues(
            "cairn.schema=validate",
            "spring.sql.init.schema-locations=classpath:cairn-test/full-schema.sql")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void updateCreatesMissingTablesAndAddsMissingColumnsKeepingRows() {
    withEntities
        .withPropertyValues(
            "cairn.schema=update",
            "spring.sql.init.schema-locations=classpath:cairn-test/partial-schema.sql",
            "spring.sql.init.data-locations=classpath:cairn-test/partial-data.sql")
        .run(
            context -> {
              Engine engine = context.getBean(Engine.class);
              assertThat(engine.tableExists("tags")).isTrue();
              JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
              assertThat(jdbc.queryForList("SELECT name FROM customers", String.class))
                  .as("the added column, on the kept row")
                  .containsExactly((String) null);
            });
  }

  @Test
  void createKeepsExistingTablesAndTheirRows() throws Exception {
    String url = "jdbc:h2:mem:cairn_create_keeps;DB_CLOSE_DELAY=-1";
    try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
      ApplicationContextRunner onUrl =
          withEntities.withPropertyValues(
              "spring.datasource.generate-unique-name=false",
              "spring.datasource.url=" + url,
              "cairn.schema=create");
      onUrl.run(
          context ->
              new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                  .update("INSERT INTO tags (code) VALUES ('kept')"));
      onUrl.run(
          context ->
              assertThat(
                      new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                          .queryForList("SELECT code FROM tags", String.class))
                  .containsExactly("kept"));
    }
  }

  @Test
  void createDropDropsTheTablesWhenTheApplicationStops() throws Exception {
    String url = "jdbc:h2:mem:cairn_create_drop;DB_CLOSE_DELAY=-1";
    try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
      withEntities
          .withPropertyValues(
              "spring.datasource.generate-unique-name=false",
              "spring.datasource.url=" + url,
              "cairn.schema=create-drop")
          .run(context -> assertThat(tables(keepAlive)).contains("CUSTOMERS"));
      assertThat(tables(keepAlive)).doesNotContain("CUSTOMERS", "TAGS", "ACCOUNTS");
    }
  }

  private static List<String> tables(Connection jdbc) throws Exception {
    List<String> names = new java.util.ArrayList<>();
    try (ResultSet rows = jdbc.getMetaData().getTables(null, "PUBLIC", "%", null)) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME"));
      }
    }
    return names;
  }

  /** The seed's service: a {@code @Transactional} method adding through the shared Session. */
  public static class CustomerService {
    private final Session session;

    /** A service on the shared session. */
    public CustomerService(Session session) {
      this.session = session;
    }

    /** Adds a customer; flushed before the transaction commits. */
    @Transactional
    public Customer register(String name) {
      Customer customer = new Customer(name);
      session.add(customer);
      return customer;
    }

    /** Adds a customer, then fails: the transaction rolls back. */
    @Transactional
    public void registerAndFail(String name) {
      session.add(new Customer(name));
      throw new IllegalStateException("failing on purpose");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Services {
    @Bean
    CustomerService customerService(Session session) {
      return new CustomerService(session);
    }
  }

  @Test
  void transactionalServiceMethodsCommitAndRollBack() {
    withEntities
        .withUserConfiguration(Services.class)
        .run(
            context -> {
              CustomerService service = context.getBean(CustomerService.class);
              Customer ann = service.register("ann");
              assertThat(ann.getId()).isNotNull();
              org.assertj.core.api.Assertions.assertThatThrownBy(
                      () -> service.registerAndFail("bob"))
                  .hasMessage("failing on purpose");
              Session session = context.getBean(Session.class);
              assertThat(session.query(Customer.class).all())
                  .extracting(Customer::getName)
                  .containsExactly("ann");
            });
  }
}
