package dev.cairn.test;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The lines one logger writes while it is open: {@code try (LogCapture log =
 * LogCapture.of("dev.cairn.replicas")) { ...; log.lines() }}, or opened in {@code @BeforeEach} and
 * closed in {@code @AfterEach}.
 */
public final class LogCapture implements AutoCloseable {

  private final Logger logger;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LogCapture(String name) {
    this.logger = (Logger) LoggerFactory.getLogger(name);
    appender.start();
    logger.addAppender(appender);
  }

  /** Starts capturing what logger {@code name} writes. */
  public static LogCapture of(String name) {
    return new LogCapture(name);
  }

  /** The formatted messages written so far, in order. */
  public List<String> lines() {
    return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
  }
}
