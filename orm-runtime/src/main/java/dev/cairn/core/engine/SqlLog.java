package dev.cairn.core.engine;

import dev.cairn.core.sql.Parameter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes executed SQL to the {@code dev.cairn.sql} logger: at DEBUG, or at INFO when the engine
 * echoes. Each line has the SQL, the bound values unless hidden, the row count and the time taken.
 * Nothing is formatted unless the line will be written.
 */
final class SqlLog {

  static final String LOGGER_NAME = "dev.cairn.sql";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
  private static final int MAX_VALUE_LENGTH = 100;

  private final boolean echo;
  private final boolean logParameters;

  SqlLog(boolean echo, boolean logParameters) {
    this.echo = echo;
    this.logParameters = logParameters;
  }

  boolean enabled() {
    return echo ? LOG.isInfoEnabled() : LOG.isDebugEnabled();
  }

  void executed(
      ExecutionContext context,
      Parameter @Nullable [] parameters,
      @Nullable Map<String, ?> values,
      @Nullable Throwable failure) {
    if (!enabled()) {
      return;
    }
    StringBuilder line = new StringBuilder(context.sql().length() + 64).append(context.sql());
    if (logParameters && parameters != null && parameters.length > 0) {
      line.append(" | parameters ").append(format(parameters, values));
    }
    if (context.batchSize() > 1) {
      line.append(" | batch of ").append(context.batchSize());
    }
    if (failure == null) {
      line.append(" | rows ").append(context.rowCount());
    } else {
      line.append(" | FAILED");
    }
    line.append(" | ")
        .append(String.format(Locale.ROOT, "%.3f ms", context.elapsedNanos() / 1_000_000.0));
    write(line.toString());
  }

  void event(String what) {
    if (enabled()) {
      write(what);
    }
  }

  private void write(String line) {
    if (echo) {
      LOG.info(line);
    } else {
      LOG.debug(line);
    }
  }

  /** The bound values of one execution, e.g. {@code [1, 'ann', NULL]}. */
  static String format(Parameter[] parameters, @Nullable Map<String, ?> values) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < parameters.length; i++) {
      Parameter parameter = parameters[i];
      Object value =
          parameter.isNamed() && values != null ? values.get(parameter.name()) : parameter.value();
      text.append(i == 0 ? "" : ", ");
      if (parameter.isNamed()) {
        text.append(':').append(parameter.name()).append('=');
      }
      text.append(parameter.isSupplied() ? "<client default>" : literal(value));
    }
    return text.append(']').toString();
  }

  private static String literal(@Nullable Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof byte[] bytes) {
      return "<" + bytes.length + " bytes>";
    }
    String text = value.toString();
    if (text.length() > MAX_VALUE_LENGTH) {
      text = text.substring(0, MAX_VALUE_LENGTH) + "…(" + text.length() + " chars)";
    }
    return value instanceof CharSequence ? "'" + text + "'" : text;
  }
}
