package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Actuator exposes health and metrics, and Cairn's meters are among the metrics. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:bookshop-actuator;DB_CLOSE_DELAY=-1")
class ActuatorTest {

  @LocalServerPort int port;

  @Test
  void healthIsUp() {
    Http.Response health = new Http(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asString()).isEqualTo("UP");
  }

  @Test
  void cairnMetersAreListedAfterARequest() {
    Http http = new Http(port);
    assertThat(http.get("/api/books").status()).isEqualTo(200);

    Http.Response metrics = http.get("/actuator/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.json().get("names").valueStream().map(n -> n.asString()).toList())
        .contains("cairn.statements", "cairn.flushes", "cairn.entities.inserted");

    Http.Response statements = http.get("/actuator/metrics/cairn.statements");
    assertThat(statements.status()).isEqualTo(200);
    assertThat(statements.json().get("measurements").get(0).get("value").asDouble()).isPositive();
  }

  @Test
  void otherEndpointsAreNotExposed() {
    assertThat(new Http(port).get("/actuator/env").status()).isEqualTo(404);
  }
}
