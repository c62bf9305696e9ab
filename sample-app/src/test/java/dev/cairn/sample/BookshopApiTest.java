package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.sample.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint and every error of the REST API, called over HTTP on the application running on a
 * random port; subclasses choose the database. Each test starts from empty tables and checks the
 * database afterwards where it wrote.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"bookshop.demo-data=false", "cairn.schema=create"})
abstract class BookshopApiTest {

  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  Http http;

  @BeforeEach
  void emptyTables() {
    http = new Http(port);
    for (String table : new String[] {"reviews", "book_tags", "books", "tags", "authors"}) {
      jdbc.update("DELETE FROM " + table);
    }
  }

  // ---- authors ----

  @Test
  void authorsAreCreatedListedAndRead() {
    Response created = http.post("/api/authors", "{\"name\":\"Ursula K. Le Guin\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.contentType()).startsWith("application/json");
    long id = created.id();
    assertThat(created.json().get("name").asString()).isEqualTo("Ursula K. Le Guin");
    http.post("/api/authors", "{\"name\":\"Terry Pratchett\"}");

    Response list = http.get("/api/authors");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().findValuesAsString("name"))
        .containsExactly("Terry Pratchett", "Ursula K. Le Guin");
    assertThat(http.get("/api/authors/" + id).json().get("name").asString())
        .isEqualTo("Ursula K. Le Guin");
    assertThat(jdbc.queryForObject("SELECT name FROM authors WHERE id = ?", String.class, id))
        .isEqualTo("Ursula K. Le Guin");
  }

  @Test
  void aMissingAuthorIsNotFound() {
    Response response = http.get("/api/authors/999999");
    assertProblem(response, 404);
    assertThat(response.json().get("detail").asString()).isEqualTo("Author 999999 does not exist");
  }

  @Test
  void anAuthorWithoutNameIsABadRequest() {
    Response response = http.post("/api/authors", "{\"name\":\"  \"}");
    assertProblem(response, 400);
    assertThat(response.json().get("errors").toString()).contains("name");
    assertThat(count("authors")).isZero();
  }

  @Test
  void aSecondAuthorOfTheSameNameIsAConflict() {
    http.post("/api/authors", "{\"name\":\"Terry Pratchett\"}");
    assertProblem(http.post("/api/authors", "{\"name\":\"Terry Pratchett\"}"), 409);
    assertThat(count("authors")).isEqualTo(1);
  }

  // ---- books ----

  @Test
  void aBookIsCreatedWithNewAndExistingTags() {
    long author = author("Terry Pratchett");
    long first = book("Guards! Guards!", author, "fantasy", "humour");

    Response created =
        http.post(
            "/api/books",
            "{\"title\":\"Small Gods\",\"authorId\":"
                + author
                + ",\"tags\":[\"humour\",\"satire\"]}");
    assertThat(created.status()).isEqualTo(201);
    JsonNode book = created.json();
    assertThat(book.get("id").asLong()).isPositive().isNotEqualTo(first);
    assertThat(book.get("title").asString()).isEqualTo("Small Gods");
    assertThat(book.get("author").get("name").asString()).isEqualTo("Terry Pratchett");
    assertThat(book.get("tags").toString()).isEqualTo("[\"humour\",\"satire\"]");
    assertThat(book.get("version").asLong()).isEqualTo(1);
    assertThat(book.get("reviews").size()).isZero();

    // "humour" was reused, "satire" created: three tags, four links
    assertThat(jdbc.queryForList("SELECT name FROM tags ORDER BY name", String.class))
        .containsExactly("fantasy", "humour", "satire");
    assertThat(count("book_tags")).isEqualTo(4);
  }

  @Test
  void booksAreListedWithAuthorAndTags() {
    long pratchett = author("Terry Pratchett");
    long leGuin = author("Ursula K. Le Guin");
    long guards = book("Guards! Guards!", pratchett, "humour", "fantasy");
    long earthsea = book("A Wizard of Earthsea", leGuin);

    Response response = http.get("/api/books");
    assertThat(response.status()).isEqualTo(200);
    JsonNode page = response.json();
    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("items").toString())
        .isEqualTo(
            "[{\"id\":"
                + guards
                + ",\"title\":\"Guards! Guards!\",\"author\":\"Terry Pratchett\","
                + "\"tags\":[\"fantasy\",\"humour\"]},"
                + "{\"id\":"
                + earthsea
                + ",\"title\":\"A Wizard of Earthsea\",\"author\":\"Ursula K. Le Guin\","
                + "\"tags\":[]}]");

    JsonNode second = http.get("/api/books?page=1&size=1").json();
    assertThat(second.get("items").findValuesAsString("title"))
        .containsExactly("A Wizard of Earthsea");
    assertThat(second.get("totalPages").asInt()).isEqualTo(2);
  }

  @Test
  void booksAreListedByTag() {
    long author = author("Terry Pratchett");
    long guards = book("Guards! Guards!", author, "fantasy", "humour");
    book("Nation", author, "historical");
    long gods = book("Small Gods", author, "humour", "fantasy");

    JsonNode page = http.get("/api/books?tag=fantasy").json();
    assertThat(page.get("items").findValues("id"))
        .extracting(JsonNode::asLong)
        .containsExactly(guards, gods);
    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(http.get("/api/books?tag=poetry").json().get("items").size()).isZero();
  }

  @Test
  void aBadPageSizeIsABadRequest() {
    Response response = http.get("/api/books?size=1000");
    assertProblem(response, 400);
    assertThat(response.json().get("errors").toString()).contains("size");
  }

  @Test
  void aBookIsReadWithTagsAndReviews() {
    long book = book("Guards! Guards!", author("Terry Pratchett"), "fantasy");
    http.post("/api/books/" + book + "/reviews", "{\"rating\":5,\"text\":\"The Watch!\"}");
    http.post("/api/books/" + book + "/reviews", "{\"rating\":3}");

    Response response = http.get("/api/books/" + book);
    assertThat(response.status()).isEqualTo(200);
    JsonNode json = response.json();
    assertThat(json.get("title").asString()).isEqualTo("Guards! Guards!");
    assertThat(json.get("tags").toString()).isEqualTo("[\"fantasy\"]");
    assertThat(json.get("reviews").get(0).get("text").asString()).isEqualTo("The Watch!");
    assertThat(json.get("reviews").get(1).get("text").isNull()).isTrue();
    assertThat(json.get("reviews").findValues("rating"))
        .extracting(JsonNode::asInt)
        .containsExactly(5, 3);
  }

  @Test
  void aMissingBookIsNotFound() {
    Response response = http.get("/api/books/999999");
    assertProblem(response, 404);
    assertThat(response.json().get("detail").asString()).isEqualTo("Book 999999 does not exist");
    assertProblem(http.delete("/api/books/999999"), 404);
    assertProblem(http.post("/api/books/999999/reviews", "{\"rating\":4}"), 404);
  }

  @Test
  void aBookWithoutTitleIsABadRequest() {
    long author = author("Terry Pratchett");
    Response response = http.post("/api/books", "{\"authorId\":" + author + ",\"tags\":[]}");
    assertProblem(response, 400);
    assertThat(response.json().get("errors").toString()).contains("title");
    assertThat(count("books")).isZero();
  }

  @Test
  void aBookOfAnUnknownAuthorIsABadRequest() {
    Response response =
        http.post("/api/books", "{\"title\":\"Nobody's\",\"authorId\":999999,\"tags\":[\"x\"]}");
    assertProblem(response, 400);
    assertThat(response.json().get("detail").asString())
        .isEqualTo("authorId 999999 does not exist; use the id of an existing one");
    assertThat(count("books")).isZero();
    assertThat(count("tags")).isZero();
  }

  @Test
  void malformedJsonIsABadRequest() {
    assertProblem(http.post("/api/books", "{\"title\": \"unterminated"), 400);
    assertProblem(http.post("/api/authors", "[1, 2"), 400);
    assertThat(count("books") + count("authors")).isZero();
  }

  @Test
  void aBookIsDeletedWithItsReviewsAndLinks() {
    long author = author("Terry Pratchett");
    long kept = book("Small Gods", author, "fantasy");
    long book = book("Guards! Guards!", author, "fantasy", "humour");
    http.post("/api/books/" + book + "/reviews", "{\"rating\":4}");

    assertThat(http.delete("/api/books/" + book).status()).isEqualTo(204);
    assertProblem(http.get("/api/books/" + book), 404);
    assertThat(jdbc.queryForList("SELECT id FROM books", Long.class)).containsExactly(kept);
    assertThat(count("reviews")).isZero();
    assertThat(count("book_tags")).isEqualTo(1);
    assertThat(count("tags")).isEqualTo(2);
  }

  // ---- reviews ----

  @Test
  void aReviewIsAdded() {
    long book = book("Guards! Guards!", author("Terry Pratchett"));
    Response response =
        http.post("/api/books/" + book + "/reviews", "{\"rating\":4,\"text\":\"Funny.\"}");
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json().get("rating").asInt()).isEqualTo(4);
    assertThat(response.json().get("text").asString()).isEqualTo("Funny.");
    assertThat(
            jdbc.queryForObject(
                "SELECT rating FROM reviews WHERE id = ? AND book_id = ? AND text = 'Funny.'",
                Integer.class,
                response.id(),
                book))
        .isEqualTo(4);
  }

  @Test
  void aRatingOutsideOneToFiveIsABadRequest() {
    long book = book("Guards! Guards!", author("Terry Pratchett"));
    for (String rating : new String[] {"0", "6", "null"}) {
      Response response =
          http.post("/api/books/" + book + "/reviews", "{\"rating\":" + rating + "}");
      assertProblem(response, 400);
      assertThat(response.json().get("errors").toString()).contains("rating");
    }
    assertThat(count("reviews")).isZero();
  }

  // ---- optimistic locking ----

  @Test
  void aRenameWithTheCurrentVersionSucceedsAndAStaleOneIsAConflict() {
    long book = book("Guards Guards", author("Terry Pratchett"));

    Response renamed =
        http.put("/api/books/" + book, "{\"title\":\"Guards! Guards!\",\"version\":1}");
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().get("version").asLong()).isEqualTo(2);

    // another client still holds version 1
    Response stale = http.put("/api/books/" + book, "{\"title\":\"Guards?\",\"version\":1}");
    assertProblem(stale, 409);
    assertThat(stale.json().get("detail").asString()).contains("version 2, not 1");
    assertThat(jdbc.queryForObject("SELECT title FROM books WHERE id = ?", String.class, book))
        .isEqualTo("Guards! Guards!");
    assertThat(jdbc.queryForObject("SELECT version FROM books WHERE id = ?", Long.class, book))
        .isEqualTo(2L);
  }

  // ---- the Session-based report ----

  @Test
  void theAuthorReportAggregatesBooksAndReviews() {
    long pratchett = author("Terry Pratchett");
    long leGuin = author("Ursula K. Le Guin");
    long guards = book("Guards! Guards!", pratchett);
    long gods = book("Small Gods", pratchett);
    book("Mort", pratchett);
    http.post("/api/books/" + guards + "/reviews", "{\"rating\":5}");
    http.post("/api/books/" + guards + "/reviews", "{\"rating\":4}");
    http.post("/api/books/" + gods + "/reviews", "{\"rating\":3}");

    Response response = http.get("/api/reports/authors");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().toString())
        .isEqualTo(
            "[{\"authorId\":"
                + pratchett
                + ",\"name\":\"Terry Pratchett\",\"books\":3,\"reviews\":3,\"averageRating\":4.0},"
                + "{\"authorId\":"
                + leGuin
                + ",\"name\":\"Ursula K. Le Guin\",\"books\":0,\"reviews\":0,\"averageRating\":null}]");
  }

  // ---- helpers ----

  long author(String name) {
    Response response = http.post("/api/authors", "{\"name\":\"" + name + "\"}");
    assertThat(response.status()).isEqualTo(201);
    return response.id();
  }

  long book(String title, long author, String... tags) {
    StringBuilder json =
        new StringBuilder("{\"title\":\"")
            .append(title)
            .append("\",\"authorId\":")
            .append(author)
            .append(",\"tags\":[");
    for (int i = 0; i < tags.length; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(tags[i]).append('"');
    }
    Response response = http.post("/api/books", json.append("]}").toString());
    assertThat(response.status()).isEqualTo(201);
    return response.id();
  }

  long count(String table) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    return count == null ? -1 : count;
  }

  static void assertProblem(Response response, int status) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(response.json().get("status").asInt()).isEqualTo(status);
  }
}
