package dev.cairn.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Engine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CairnAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class, CairnAutoConfiguration.class))
          .withPropertyValues("spring.datasource.generate-unique-name=true");

  @Test
  void engineRunsOnTheApplicationsDataSource() {
    runner.run(
        context -> {
          Engine engine = context.getBean(Engine.class);
          assertThat(engine.dialect().name()).isEqualTo("h2");
          assertThat(engine.tableExists("nothing_here")).isFalse();
        });
  }

  @Test
  void dialectCanBeNamed() {
    runner
        .withPropertyValues("cairn.dialect=postgresql")
        .run(
            context ->
                assertThat(context.getBean(Engine.class).dialect().name()).isEqualTo("postgresql"));
  }

  @Test
  void anEngineOfTheApplicationWins() {
    runner
        .withBean("myEngine", Engine.class, () -> Engine.create("jdbc:h2:mem:mine"))
        .run(
            context ->
                assertThat(context.getBeansOfType(Engine.class)).containsOnlyKeys("myEngine"));
  }

  @Test
  void noDataSourceNoEngine() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CairnAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(Engine.class));
  }
}
