package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application's own configuration on an H2 file database, started twice: the first start
 * creates the tables and the demo data; the second keeps what is there (tables, demo data and a
 * book added in between) and seeds nothing again.
 */
class RestartTest {

  @TempDir Path directory;

  @Test
  void dataSurvivesARestartAndDemoDataIsSeededOnce() {
    String url = "jdbc:h2:file:" + directory.resolve("bookshop").toAbsolutePath();
    try (ConfigurableApplicationContext app = start(url)) {
      Http http = http(app);
      assertThat(http.get("/api/books").json().get("total").asLong()).isEqualTo(5);
      long author = http.post("/api/authors", "{\"name\":\"Iain M. Banks\"}").id();
      assertThat(
              http.post("/api/books", "{\"title\":\"Excession\",\"authorId\":" + author + "}")
                  .status())
          .isEqualTo(201);
    }
    try (ConfigurableApplicationContext app = start(url)) {
      Http http = http(app);
      assertThat(http.get("/api/books?size=100").json().get("items").findValuesAsString("title"))
          .hasSize(6)
          .contains("Excession", "Guards! Guards!");
      assertThat(http.get("/api/authors").json().size()).isEqualTo(4);
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(SampleApplication.class)
        .run("--server.port=0", "--spring.datasource.url=" + url);
  }

  private static Http http(ConfigurableApplicationContext app) {
    return new Http(
        Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port")));
  }
}
