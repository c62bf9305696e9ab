package dev.cairn.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.UniqueViolationException;
import dev.cairn.orm.StaleEntityException;
import dev.cairn.spring.CairnExceptionTranslator;
import dev.cairn.spring.CairnOptimisticLockingFailureException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

class CairnExceptionTranslationAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  PersistenceExceptionTranslationAutoConfiguration.class,
                  CairnExceptionTranslationAutoConfiguration.class))
          .withBean(FailingRepository.class);

  /** A repository whose methods fail the way Cairn does. */
  @Repository
  static class FailingRepository {
    void insertDuplicate() {
      throw new UniqueViolationException("duplicate key in users.name", "INSERT INTO users", null);
    }

    void updateStale() {
      throw new StaleEntityException("User", 7L, "UPDATE of User with id 7 matched no row");
    }
  }

  @Test
  void repositoryExceptionsAreTranslated() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(CairnExceptionTranslator.class);
          FailingRepository repository = context.getBean(FailingRepository.class);
          assertThatThrownBy(repository::insertDuplicate)
              .isInstanceOf(DuplicateKeyException.class)
              .hasMessage("duplicate key in users.name")
              .hasCauseInstanceOf(UniqueViolationException.class);
          assertThatThrownBy(repository::updateStale)
              .isInstanceOfSatisfying(
                  CairnOptimisticLockingFailureException.class,
                  e -> {
                    assertThat(e.entityName()).isEqualTo("User");
                    assertThat(e.id()).isEqualTo(7L);
                  });
        });
  }

  @Test
  void anApplicationTranslatorWins() {
    runner
        .withBean("myTranslator", CairnExceptionTranslator.class, CairnExceptionTranslator::new)
        .run(
            context ->
                assertThat(context.getBeansOfType(CairnExceptionTranslator.class))
                    .containsOnlyKeys("myTranslator"));
  }

  @Test
  void withoutTheTranslatorRepositoriesThrowCairnExceptions() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(PersistenceExceptionTranslationAutoConfiguration.class))
        .withBean(FailingRepository.class)
        .run(
            context ->
                assertThatThrownBy(context.getBean(FailingRepository.class)::insertDuplicate)
                    .isInstanceOf(UniqueViolationException.class));
  }
}
