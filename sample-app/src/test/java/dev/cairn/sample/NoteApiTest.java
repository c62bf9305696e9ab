package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sample-test;DB_CLOSE_DELAY=-1")
class NoteApiTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void notesAreCreatedListedReadAndDeletedOverHttp() throws Exception {
    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(uri("/api/notes"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"Cairn\",\"body\":\"stones\"}")));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).contains("\"title\":\"Cairn\"", "\"body\":\"stones\"");
    String location = created.headers().firstValue("Location").orElseThrow();

    assertThat(send(HttpRequest.newBuilder(uri("/api/notes")).GET()).body()).contains("Cairn");
    assertThat(send(HttpRequest.newBuilder(uri(location)).GET()).statusCode()).isEqualTo(200);
    assertThat(send(HttpRequest.newBuilder(uri(location)).DELETE()).statusCode()).isEqualTo(204);
    assertThat(send(HttpRequest.newBuilder(uri(location)).GET()).statusCode()).isEqualTo(404);
  }

  @Test
  void aNoteWithoutTitleIsABadRequest() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/api/notes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"no title\"}")));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
