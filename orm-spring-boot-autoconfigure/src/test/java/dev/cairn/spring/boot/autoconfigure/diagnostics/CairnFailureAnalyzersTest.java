package dev.cairn.spring.boot.autoconfigure.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.mapping.MappingException;
import dev.cairn.spring.boot.autoconfigure.CairnAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.CairnSchemaValidationException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.mock.env.MockEnvironment;

class CairnFailureAnalyzersTest {

  /** A component of the application that needs Cairn's engine. */
  static class NeedsEngine {
    NeedsEngine(Engine engine) {}
  }

  /** Not mappable: no {@code @Id}. */
  @Entity
  static class DiagNoId {
    String name;
  }

  @Test
  void noDataSourceForTheEngine() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CairnAutoConfiguration.class))
        .withBean(NeedsEngine.class)
        .run(
            context -> {
              assertThat(context).hasFailed();
              FailureAnalysis analysis =
                  new MissingCairnBeanFailureAnalyzer(new DefaultListableBeanFactory())
                      .analyze(context.getStartupFailure());
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription())
                  .contains("required Cairn's Engine")
                  .contains("the application has no DataSource");
              assertThat(analysis.getAction()).contains("spring.datasource.url");
            });
  }

  @Test
  void twoDataSourcesWithoutAPrimary() {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.registerSingleton("one", new org.h2.jdbcx.JdbcDataSource());
    beans.registerSingleton("two", new org.h2.jdbcx.JdbcDataSource());
    FailureAnalysis analysis =
        new MissingCairnBeanFailureAnalyzer(beans)
            .analyze(
                new org.springframework.beans.factory.NoSuchBeanDefinitionException(
                    SessionFactory.class));
    assertThat(analysis.getDescription())
        .contains("required Cairn's SessionFactory")
        .contains("2 DataSource beans and none of them is @Primary");
    assertThat(analysis.getAction()).contains("Mark one DataSource @Primary");
  }

  @Test
  void otherMissingBeansAreLeftToBoot() {
    assertThat(
            new MissingCairnBeanFailureAnalyzer(new DefaultListableBeanFactory())
                .analyze(
                    new org.springframework.beans.factory.NoSuchBeanDefinitionException(
                        String.class)))
        .isNull();
  }

  @Test
  void badMappingNamesClassAndField() {
    Engine engine = Engine.create("jdbc:h2:mem:diag" + UUID.randomUUID());
    try {
      MappingException failure =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              MappingException.class,
              () -> SessionFactory.builder(engine).entities(DiagNoId.class).build());
      FailureAnalysis analysis =
          new MappingFailureAnalyzer().analyze(new IllegalStateException("start-up", failure));
      assertThat(analysis.getDescription())
          .startsWith("Cairn cannot map entity " + DiagNoId.class.getName())
          .contains(failure.getMessage());
      assertThat(analysis.getAction())
          .contains("leave DiagNoId out of the scanned entity packages")
          .contains("cairn.entity-packages");
      MappingException onField = new MappingException(DiagNoId.class, "name", "bad converter");
      assertThat(new MappingFailureAnalyzer().analyze(onField).getDescription())
          .isEqualTo("Cairn cannot map " + DiagNoId.class.getName() + ".name: bad converter");
    } finally {
      engine.close();
    }
  }

  @Test
  void unknownDialectNamesTheValueAndTheKnownOnes() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(DataSourceAutoConfiguration.class, CairnAutoConfiguration.class))
        .withPropertyValues("spring.datasource.generate-unique-name=true", "cairn.dialect=oracle")
        .run(
            context -> {
              assertThat(context).hasFailed();
              FailureAnalysis analysis =
                  new UnknownDialectFailureAnalyzer(
                          new MockEnvironment().withProperty("cairn.dialect", "oracle"))
                      .analyze(context.getStartupFailure());
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription())
                  .startsWith("The property cairn.dialect is set to 'oracle'")
                  .contains("postgresql")
                  .contains("mariadb");
              assertThat(analysis.getAction()).contains("Set cairn.dialect to one of");
            });
  }

  @Test
  void aKnownDialectIsNotBlamed() {
    MockEnvironment environment = new MockEnvironment().withProperty("cairn.dialect", "h2");
    assertThat(
            new UnknownDialectFailureAnalyzer(environment)
                .analyze(new dev.cairn.core.CairnException("something else")))
        .isNull();
    assertThat(
            new UnknownDialectFailureAnalyzer(new MockEnvironment())
                .analyze(new dev.cairn.core.CairnException("something else")))
        .isNull();
  }

  @Test
  void schemaValidationListsWhatIsMissing() {
    CairnSchemaValidationException failure =
        new CairnSchemaValidationException(
            List.of("missing table users", "missing column orders.total"));
    FailureAnalysis analysis =
        new SchemaValidationFailureAnalyzer()
            .analyze(new IllegalStateException("bean creation", failure));
    assertThat(analysis.getDescription())
        .contains("cairn.schema=validate")
        .contains("  - missing table users")
        .contains("  - missing column orders.total");
    assertThat(analysis.getAction()).contains("Flyway").contains("cairn.schema=update");
  }

  @Test
  void registeredInSpringFactoriesAndBuiltAsBootBuildsThem() {
    ArgumentResolver arguments =
        ArgumentResolver.of(BeanFactory.class, new DefaultListableBeanFactory())
            .and(Environment.class, new MockEnvironment());
    List<FailureAnalyzer> analyzers =
        SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
            .load(
                FailureAnalyzer.class,
                arguments,
                // Boot skips analyzers it cannot build; some of its own need more than this test
                // has.
                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {}));
    assertThat(analyzers)
        .hasAtLeastOneElementOfType(MissingCairnBeanFailureAnalyzer.class)
        .hasAtLeastOneElementOfType(MappingFailureAnalyzer.class)
        .hasAtLeastOneElementOfType(UnknownDialectFailureAnalyzer.class)
        .hasAtLeastOneElementOfType(SchemaValidationFailureAnalyzer.class)
        .hasAtLeastOneElementOfType(RepositoryQueryFailureAnalyzer.class);
  }
}
