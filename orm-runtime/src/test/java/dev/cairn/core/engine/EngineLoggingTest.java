package dev.cairn.core.engine;

import static dev.cairn.core.engine.EngineTestSupport.createPeople;
import static dev.cairn.core.engine.EngineTestSupport.insertPerson;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.cairn.core.sql.Sql;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

class EngineLoggingTest {

  private static List<ILoggingEvent> capture(Level level, Consumer<Void> work) {
    Logger logger = (Logger) LoggerFactory.getLogger("dev.cairn.sql");
    Level previous = logger.getLevel();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(level);
    try {
      work.accept(null);
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(previous);
    }
    return appender.list;
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL})
  void debugLogHasSqlParametersRowsAndTime(TestDb db) {
    createPeople(db);
    List<ILoggingEvent> events =
        capture(
            Level.DEBUG,
            nothing -> db.engine().transaction(c -> c.execute(insertPerson("ann", 30))));
    assertThat(events).extracting(ILoggingEvent::getLevel).containsOnly(Level.DEBUG);
    assertThat(events)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "INSERT INTO people \\(name, age\\) VALUES \\(\\?, \\?\\)"
                            + " \\| parameters \\['ann', 30\\] \\| rows 1 \\| \\d+\\.\\d{3} ms"))
        .contains("COMMIT");
  }

  @DatabaseTest({TestDatabase.H2})
  void echoLogsAtInfoAndHiddenParametersStayHidden(TestDb db) {
    createPeople(db);
    Engine engine = Engine.builder(db.dataSource()).echo(true).hideParameters().build();
    List<ILoggingEvent> events =
        capture(Level.INFO, nothing -> engine.transaction(c -> c.execute(insertPerson("ann", 30))));
    assertThat(events).extracting(ILoggingEvent::getLevel).containsOnly(Level.INFO);
    assertThat(events)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(
            line -> assertThat(line).startsWith("INSERT INTO people").contains("| rows 1 |"))
        .noneSatisfy(line -> assertThat(line).contains("ann"));
  }

  @DatabaseTest({TestDatabase.H2})
  void nothingIsLoggedAboveDebugWithoutEcho(TestDb db) {
    List<ILoggingEvent> events =
        capture(
            Level.INFO, nothing -> db.engine().transaction(c -> c.execute(Sql.text("SELECT 1"))));
    assertThat(events).isEmpty();
  }
}
