package dev.cairn.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.sql.Sql;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Streams a million generated rows of about 120 bytes each. Run by the {@code small-heap} surefire
 * execution with {@code -Xmx64m}: buffering the result (well over 100 MB as rows) would fail with
 * an OutOfMemoryError, so passing proves the rows are read from an open cursor.
 */
class EngineStreamingSmallHeapTest {

  private static final int ROWS = 1_000_000;
  private static final String PAD = "x".repeat(100);

  private static String millionRows() {
    String digits =
        "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL"
            + " SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL"
            + " SELECT 8 UNION ALL SELECT 9)";
    return "SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n,"
        + " '"
        + PAD
        + "' AS pad FROM "
        + digits
        + " a CROSS JOIN "
        + digits
        + " b CROSS JOIN "
        + digits
        + " c CROSS JOIN "
        + digits
        + " e CROSS JOIN "
        + digits
        + " f CROSS JOIN "
        + digits
        + " g";
  }

  @DatabaseTest
  void streamsAMillionRowsWithoutBufferingThem(TestDb db) {
    if (Boolean.getBoolean("cairn.test.smallHeap")) {
      assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(80L * 1024 * 1024);
    }
    AtomicLong reported = new AtomicLong(-1);
    Engine engine =
        Engine.builder(db.dataSource())
            .fetchSize(1000)
            .listener(
                new ExecutionListener() {
                  @Override
                  public void afterExecute(ExecutionContext context, @Nullable Throwable failure) {
                    reported.set(context.rowCount());
                  }
                })
            .build();
    long count = 0;
    long sum = 0;
    long padLength = 0;
    try (Connection connection = engine.connect();
        Stream<Row> rows = connection.stream(Sql.text(millionRows()))) {
      Iterator<Row> iterator = rows.iterator();
      while (iterator.hasNext()) {
        Row row = iterator.next();
        count++;
        sum += ((Number) row.get(0)).longValue();
        padLength += ((String) row.get(1)).length();
      }
      assertThat(reported.get()).isEqualTo(ROWS);
    }
    assertThat(count).isEqualTo(ROWS);
    assertThat(sum).isEqualTo((long) ROWS * (ROWS - 1) / 2);
    assertThat(padLength).isEqualTo((long) ROWS * PAD.length());
  }

  @DatabaseTest
  void closingTheStreamEarlyFreesTheCursor(TestDb db) {
    Engine engine = Engine.builder(db.dataSource()).fetchSize(100).build();
    try (Connection connection = engine.connect()) {
      try (Stream<Row> rows = connection.stream(Sql.text(millionRows()))) {
        assertThat(rows.limit(10).count()).isEqualTo(10);
      }
      assertThat(connection.execute(Sql.text("SELECT 42")).scalar(Integer.class)).isEqualTo(42);
    }
  }
}
