package dev.cairn.spring.boot.autoconfigure.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.orm.Session;
import dev.cairn.spring.boot.autoconfigure.CairnRepositoriesAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.data.broken.BrokenPackage;
import dev.cairn.spring.boot.autoconfigure.data.broken.BrokenRepository;
import dev.cairn.spring.boot.autoconfigure.data.other.Note;
import dev.cairn.spring.boot.autoconfigure.data.other.NoteConfiguration;
import dev.cairn.spring.boot.autoconfigure.data.other.NoteRepository;
import dev.cairn.spring.boot.autoconfigure.data.ported.PortedPackage;
import dev.cairn.spring.boot.autoconfigure.data.ported.PortedRepository;
import dev.cairn.spring.boot.autoconfigure.data.shop.AuthorRepository;
import dev.cairn.spring.boot.autoconfigure.data.shop.Book;
import dev.cairn.spring.boot.autoconfigure.data.shop.BookRepository;
import dev.cairn.spring.boot.autoconfigure.diagnostics.RepositoryQueryFailureAnalyzer;
import dev.cairn.spring.data.support.CairnRepositoryFactoryBean;
import dev.cairn.spring.petclinic.PetType;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.autoconfigure.metrics.DataRepositoryMetricsAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.data.repository.Repository;

/**
 * When Cairn repositories exist: auto-enabled in the application's packages, explicitly enabled
 * elsewhere, backing off, custom fragments, and the start-up failure of a broken query method.
 */
class CairnRepositoriesAutoConfigurationTest {

  @DatabaseTest(TestDatabase.H2)
  void repositoriesOfTheApplicationPackageAreCreatedWithTheirFragments(TestDb db) {
    RepositoryContexts.shop(db)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(AuthorRepository.class);
              assertThat(context).doesNotHaveBean(NoteRepository.class);
              BookRepository books = context.getBean(BookRepository.class);
              books.saveAll(java.util.List.of(new Book("b", 1, null), new Book("a", 2, null)));
              assertThat(books.titlesViaSession()).containsExactly("a", "b");
              assertThat(books.count()).isEqualTo(2);
            });
  }

  @DatabaseTest(TestDatabase.H2)
  void enableCairnRepositoriesCoversAnotherPackageAndTheAutoConfigurationBacksOff(TestDb db) {
    RepositoryContexts.shop(db)
        .withUserConfiguration(NoteConfiguration.class)
        .withPropertyValues(
            "cairn.entity-packages="
                + Book.class.getPackageName()
                + ","
                + Note.class.getPackageName())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(BookRepository.class);
              NoteRepository notes = context.getBean(NoteRepository.class);
              notes.save(new Note("remember"));
              assertThat(notes.findByText("remember"))
                  .extracting(Note::getText)
                  .containsExactly("remember");
            });
  }

  @DatabaseTest(TestDatabase.H2)
  void backsOffWhenDisabled(TestDb db) {
    RepositoryContexts.shop(db)
        .withPropertyValues("cairn.repositories.enabled=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(BookRepository.class);
              assertThat(context).doesNotHaveBean(AuthorRepository.class);
            });
  }

  @DatabaseTest(TestDatabase.H2)
  void backsOffWithoutSpringData(TestDb db) {
    RepositoryContexts.shop(db)
        .withClassLoader(new FilteredClassLoader(Repository.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(CairnRepositoriesAutoConfiguration.class);
              assertThat(context).hasSingleBean(Session.class);
            });
  }

  @DatabaseTest(TestDatabase.H2)
  void backsOffBeforeTheApplicationsOwnFactoryBean(TestDb db) {
    RepositoryContexts.shop(db)
        .withBean(
            "authors",
            CairnRepositoryFactoryBean.class,
            () -> new CairnRepositoryFactoryBean<>(AuthorRepository.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(AuthorRepository.class);
              assertThat(context).doesNotHaveBean(BookRepository.class);
            });
  }

  @DatabaseTest(TestDatabase.H2)
  void aBrokenQueryMethodStopsTheStartNamingRepositoryMethodAndProperty(TestDb db) {
    RepositoryContexts.base(db)
        .withUserConfiguration(BrokenPackage.class)
        .run(
            context -> {
              assertThat(context).hasFailed();
              Throwable failure = context.getStartupFailure();
              assertThat(failure)
                  .hasStackTraceContaining(
                      "Query method "
                          + BrokenRepository.class.getSimpleName()
                          + ".findByTitel cannot be created")
                  .hasStackTraceContaining("'titel'");
              FailureAnalysis analysis = new RepositoryQueryFailureAnalyzer().analyze(failure);
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription())
                  .startsWith(
                      "The query method "
                          + BrokenRepository.class.getName()
                          + ".findByTitel of a Cairn repository cannot be created: ")
                  .contains("titel");
              assertThat(analysis.getAction()).contains("Fix " + BrokenRepository.class.getName());
            });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void jpqlKeptByAPortStopsTheStartSayingWhatSqlToWrite(TestDb db) {
    RepositoryContexts.base(db)
        .withUserConfiguration(PortedPackage.class)
        .withPropertyValues("cairn.entity-packages=" + PetType.class.getPackageName())
        .run(
            context -> {
              assertThat(context).hasFailed();
              FailureAnalysis analysis =
                  new RepositoryQueryFailureAnalyzer().analyze(context.getStartupFailure());
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription())
                  .isEqualTo(
                      "The query method "
                          + PortedRepository.class.getName()
                          + ".findPetTypes of a Cairn repository cannot be created: Query method"
                          + " PortedRepository.findPetTypes cannot be created: its @Query looks"
                          + " like JPQL: PetType is an entity, not a table; Cairn's @Query takes"
                          + " SQL; write FROM pet_types and SELECT ptype.* instead of SELECT"
                          + " ptype");
              assertThat(analysis.getAction()).contains("in SQL (not JPQL)");
            });
  }

  @DatabaseTest(TestDatabase.H2)
  void aLazyBootstrapModeCreatesRepositoriesOnFirstUse(TestDb db) {
    RepositoryContexts.base(db)
        .withUserConfiguration(BrokenPackage.class)
        .withPropertyValues("cairn.repositories.bootstrap-mode=lazy")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(
                      context.getBeanFactory().getBeanDefinition("brokenRepository").isLazyInit())
                  .isTrue();
              assertThatThrownBy(() -> context.getBean(BrokenRepository.class))
                  .hasStackTraceContaining("BrokenRepository.findByTitel cannot be created");
            });
  }

  @DatabaseTest(TestDatabase.H2)
  void bootsRepositoryMetricsTimeCairnRepositories(TestDb db) {
    RepositoryContexts.shop(db)
        .withConfiguration(AutoConfigurations.of(DataRepositoryMetricsAutoConfiguration.class))
        .withBean(SimpleMeterRegistry.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              BookRepository books = context.getBean(BookRepository.class);
              books.count();
              books.findByTitle("Dune");
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              Timer count =
                  registry
                      .get("spring.data.repository.invocations")
                      .tag("repository", "BookRepository")
                      .tag("method", "count")
                      .tag("state", "SUCCESS")
                      .timer();
              assertThat(count.count()).isEqualTo(1);
              Timer findByTitle =
                  registry
                      .get("spring.data.repository.invocations")
                      .tag("method", "findByTitle")
                      .timer();
              assertThat(findByTitle.count()).isEqualTo(1);
            });
  }
}
