package dev.cairn.spring.micrometer;

import dev.cairn.core.engine.ExecutionContext;
import dev.cairn.core.engine.ExecutionListener;
import dev.cairn.core.sql.StatementKind;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Observes every statement an engine executes as an Observation named {@value #NAME}: with
 * Micrometer's meter handler a timer tagged {@code kind} (select, insert, update, delete, ddl,
 * other), {@code target} (primary, or replica for read-only work routed to a read replica) and
 * {@code outcome} (success, error); the SQL is a high-cardinality key value {@code sql}, for traces
 * only.
 */
public final class StatementObservationListener implements ExecutionListener {

  /** The name of the observation, and so of the timer. */
  public static final String NAME = "cairn.statements";

  private static final String[] KINDS = kindNames();

  private final Object key = new Object();
  private final ObservationRegistry registry;

  /** A listener reporting to {@code registry}. */
  public StatementObservationListener(ObservationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void beforeExecute(ExecutionContext context) {
    if (registry.isNoop()) {
      return;
    }
    String kind = KINDS[context.kind().ordinal()];
    Observation observation =
        Observation.createNotStarted(NAME, registry)
            .contextualName("cairn " + kind)
            .lowCardinalityKeyValue("kind", kind)
            .lowCardinalityKeyValue("target", context.target().tag())
            .highCardinalityKeyValue("sql", context.sql())
            .start();
    context.attribute(key, observation);
  }

  @Override
  public void afterExecute(ExecutionContext context, @Nullable Throwable failure) {
    if (!(context.attribute(key) instanceof Observation observation)) {
      return;
    }
    context.attribute(key, null);
    observation.lowCardinalityKeyValue("outcome", failure == null ? "success" : "error");
    if (failure != null) {
      observation.error(failure);
    }
    observation.stop();
  }

  private static String[] kindNames() {
    StatementKind[] kinds = StatementKind.values();
    String[] names = new String[kinds.length];
    for (StatementKind kind : kinds) {
      names[kind.ordinal()] = kind.name().toLowerCase(Locale.ROOT);
    }
    return names;
  }
}
