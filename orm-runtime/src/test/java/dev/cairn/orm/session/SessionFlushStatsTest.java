package dev.cairn.orm.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.orm.FlushStats;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.SessionListener;
import dev.cairn.orm.session.SessionFixtures.Account;
import dev.cairn.orm.session.SessionFixtures.Token;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The counts a flush reports to listeners, and the failure hook. */
class SessionFlushStatsTest {

  /** Records every flush outcome as a string. */
  private static final class StatsRecorder implements SessionListener {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void beforeFlush(Session session) {
      events.add("before");
    }

    @Override
    public void afterFlush(Session session, FlushStats stats) {
      events.add(stats.inserted() + "/" + stats.updated() + "/" + stats.deleted());
    }

    @Override
    public void afterFlushFailure(Session session, Throwable failure) {
      events.add("failed " + failure.getClass().getSimpleName());
    }
  }

  @DatabaseTest
  void flushesReportWhatTheyWrote(TestDb db) {
    StatsRecorder recorder = new StatsRecorder();
    SessionFactory sessions =
        SessionFactory.builder(db.engine()).entities(Account.class).listener(recorder).build();
    sessions.createAll();
    try (Session session = sessions.openSession()) {
      Account ann = new Account("ann", 1);
      Account bob = new Account("bob", 2);
      Account cid = new Account("cid", 3);
      session.addAll(List.of(ann, bob, cid));
      session.commit();
      ann.balance = 10;
      bob.balance = 20;
      session.delete(cid);
      session.commit();
      session.commit();
      assertThat(recorder.events)
          .containsExactly("before", "3/0/0", "before", "0/2/1", "before", "0/0/0");
      assertThat(FlushStats.EMPTY.total()).isZero();
      assertThat(new FlushStats(3, 2, 1).total()).isEqualTo(6);
    }
  }

  @DatabaseTest
  void aFailedFlushIsReported(TestDb db) {
    StatsRecorder recorder = new StatsRecorder();
    SessionFactory sessions =
        SessionFactory.builder(db.engine()).entities(Token.class).listener(recorder).build();
    sessions.createAll();
    try (Session one = sessions.openSession();
        Session two = sessions.openSession()) {
      Token token = new Token("a");
      one.add(token);
      one.commit();
      Token copy = new Token("b");
      copy.id = token.id;
      two.add(copy);
      assertThatThrownBy(two::flush).hasRootCauseInstanceOf(java.sql.SQLException.class);
      assertThat(recorder.events)
          .containsExactly("before", "1/0/0", "before", "failed UniqueViolationException");
      two.rollback();
    }
  }
}
