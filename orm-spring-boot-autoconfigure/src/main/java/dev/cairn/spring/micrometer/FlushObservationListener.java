package dev.cairn.spring.micrometer;

import dev.cairn.orm.FlushStats;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Observes every flush of a session factory as an Observation named {@value #NAME}: with
 * Micrometer's meter handler a timer tagged {@code outcome} (success, error).
 */
public final class FlushObservationListener implements SessionListener {

  /** The name of the observation, and so of the timer. */
  public static final String NAME = "cairn.flushes";

  private final ObservationRegistry registry;
  private final Map<Session, Observation> running =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /** A listener reporting to {@code registry}. */
  public FlushObservationListener(ObservationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void beforeFlush(Session session) {
    if (!registry.isNoop()) {
      running.put(
          session,
          Observation.createNotStarted(NAME, registry).contextualName("cairn flush").start());
    }
  }

  @Override
  public void afterFlush(Session session, FlushStats stats) {
    Observation observation = running.remove(session);
    if (observation != null) {
      observation
          .lowCardinalityKeyValue("outcome", "success")
          .highCardinalityKeyValue("entities", Integer.toString(stats.total()))
          .stop();
    }
  }

  @Override
  public void afterFlushFailure(Session session, Throwable failure) {
    Observation observation = running.remove(session);
    if (observation != null) {
      observation.lowCardinalityKeyValue("outcome", "error").error(failure);
      observation.stop();
    }
  }
}
