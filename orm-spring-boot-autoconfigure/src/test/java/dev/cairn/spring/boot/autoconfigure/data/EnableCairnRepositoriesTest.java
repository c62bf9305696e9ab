package dev.cairn.spring.boot.autoconfigure.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.Session;
import dev.cairn.spring.CairnExceptionTranslator;
import dev.cairn.spring.boot.autoconfigure.data.other.Note;
import dev.cairn.spring.boot.autoconfigure.data.other.NoteRepository;
import dev.cairn.spring.boot.autoconfigure.data.other.NoteStore;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import javax.sql.DataSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code @EnableCairnRepositories} in a plain Spring application, with every reference named. */
class EnableCairnRepositoriesTest {

  @DatabaseTest(TestDatabase.H2)
  void repositoriesUseTheNamedSessionAndTransactionManager(TestDb db) {
    new ApplicationContextRunner()
        .withBean(DataSource.class, db::dataSource)
        .withUserConfiguration(NoteStore.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(CairnExceptionTranslator.class);
              NoteRepository notes = context.getBean(NoteRepository.class);
              notes.save(new Note("remember"));
              assertThat(
                      new JdbcTemplate(db.dataSource())
                          .queryForList("SELECT text FROM repo_notes", String.class))
                  .containsExactly("remember");

              Session noteSession = context.getBean("noteSession", Session.class);
              Session otherSession = context.getBean("otherSession", Session.class);
              TransactionTemplate transaction =
                  new TransactionTemplate(
                      context.getBean("noteTransactions", PlatformTransactionManager.class));
              transaction.executeWithoutResult(
                  status -> {
                    Note found = notes.findByText("remember").get(0);
                    assertThat(noteSession.query(Note.class).first()).isSameAs(found);
                    assertThat(otherSession.query(Note.class).first()).isNotSameAs(found);
                  });
            });
  }
}
