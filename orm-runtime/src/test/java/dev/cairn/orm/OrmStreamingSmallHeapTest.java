package dev.cairn.orm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Streams a million entities of about 120 bytes each through {@code session.query(..).stream()}.
 * Run by the {@code small-heap} surefire execution with {@code -Xmx64m}: holding the entities (well
 * over 100 MB) would fail with an OutOfMemoryError, so passing proves the ORM reads them from an
 * open cursor and keeps none of them. The Core counterpart is {@code EngineStreamingSmallHeapTest}.
 */
class OrmStreamingSmallHeapTest {

  private static final int ROWS = 1_000_000;
  private static final String PAD = "x".repeat(100);

  @Entity
  @Table(name = "stream_rows")
  static class StreamRow {
    @Id long id;
    String pad = "";

    StreamRow() {}
  }

  /**
   * A million rows: on the servers a view of generated rows (nothing stored); on H2, whose
   * in-memory data and views live on the heap, a table in a file database of its own.
   */
  private static Engine engineWithRows(TestDb db, Path directory) {
    String pad = "'" + PAD + "'";
    if (db.database() == TestDatabase.H2) {
      Engine engine =
          Engine.create("jdbc:h2:file:" + directory.resolve("rows") + ";CACHE_SIZE=4096");
      try (Connection connection = engine.connect()) {
        connection.execute(
            Sql.text("CREATE TABLE stream_rows (id BIGINT PRIMARY KEY, pad VARCHAR(255))"));
        connection.execute(
            Sql.text(
                "INSERT INTO stream_rows SELECT X, "
                    + pad
                    + " FROM SYSTEM_RANGE(1, "
                    + ROWS
                    + ")"));
        connection.commit();
      }
      return engine;
    }
    String rows =
        db.database() == TestDatabase.POSTGRESQL
            ? "SELECT CAST(g AS BIGINT) AS id, CAST("
                + pad
                + " AS VARCHAR(255)) AS pad FROM generate_series(1, "
                + ROWS
                + ") g"
            : "SELECT seq AS id, " + pad + " AS pad FROM seq_1_to_" + ROWS;
    db.executeJdbc("CREATE VIEW stream_rows AS " + rows);
    return db.engine();
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void streamsAMillionEntitiesWithoutHoldingThem(TestDb db) throws IOException {
    if (Boolean.getBoolean("cairn.test.smallHeap")) {
      assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(80L * 1024 * 1024);
    }
    Path directory = Files.createTempDirectory("cairn-stream");
    Engine engine = engineWithRows(db, directory);
    try {
      streamAll(SessionFactory.builder(engine).entities(StreamRow.class).build());
    } finally {
      if (engine != db.engine()) {
        engine.close();
      }
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static void streamAll(SessionFactory sessions) {
    long count = 0;
    long sum = 0;
    long padLength = 0;
    try (Session session = sessions.openSession();
        Stream<StreamRow> rows = session.query(StreamRow.class).stream()) {
      Iterator<StreamRow> iterator = rows.iterator();
      StreamRow first = null;
      while (iterator.hasNext()) {
        StreamRow row = iterator.next();
        if (first == null) {
          first = row;
        }
        count++;
        sum += row.id;
        padLength += row.pad.length();
      }
      // unchanged rows of finished chunks left the session: it holds no more than a chunk
      assertThat(first).isNotNull();
      assertThat(session.contains(first)).isFalse();
    }
    assertThat(count).isEqualTo(ROWS);
    assertThat(sum).isEqualTo((long) ROWS * (ROWS + 1) / 2);
    assertThat(padLength).isEqualTo((long) ROWS * PAD.length());
  }
}
