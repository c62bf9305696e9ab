package dev.cairn.core.sql.type;

import static dev.cairn.core.sql.type.TypeTestSupport.countEqual;
import static dev.cairn.core.sql.type.TypeTestSupport.createTable;
import static dev.cairn.core.sql.type.TypeTestSupport.insert;
import static dev.cairn.core.sql.type.TypeTestSupport.roundTrip;
import static dev.cairn.core.sql.type.TypeTestSupport.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Text, binary, UUIDs, enums and JSON through every database and back. */
class TextTypeRoundTripTest {

  enum Color {
    RED,
    GREEN,
    DARK_BLUE
  }

  static final String LONG_TEXT = "abcé漢😀\n".repeat(12_500); // 100,000 UTF-16 chars

  @DatabaseTest
  void textKeepsUnicodeQuotesAndLength(TestDb db) throws Exception {
    List<String> texts =
        values(
            "",
            "plain",
            "It's \"quoted\" with a \\ backslash and \\' both",
            "Ünïcödé àéîõü ß Ωμέγα",
            "漢字かなカナ한국어",
            "emoji 😀👍🏽🇨🇭",
            "line\nbreak\ttab\r",
            "trailing spaces  ",
            LONG_TEXT,
            null);
    String table = createTable(db, SqlTypes.TEXT);
    insert(db, table, SqlTypes.TEXT, texts);

    assertThat(LONG_TEXT).hasSize(100_000);
    assertThat(TypeTestSupport.read(db, table, SqlTypes.TEXT, "id")).isEqualTo(texts);
    assertThat(countEqual(db, table, SqlTypes.TEXT, "漢字かなカナ한국어")).isEqualTo(1);
    assertThat(countEqual(db, table, SqlTypes.TEXT, "emoji 😀👍🏽🇨🇭")).isEqualTo(1);
  }

  @DatabaseTest
  void varcharHoldsItsDeclaredLength(TestDb db) throws Exception {
    List<String> texts = values("exactly twenty chars", "😀 é", "", null);
    assertThat(roundTrip(db, SqlTypes.varchar(20), texts)).isEqualTo(texts);
  }

  @DatabaseTest
  void binaryKeepsEveryByteValue(TestDb db) throws Exception {
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    byte[] large = new byte[100_000];
    new Random(42).nextBytes(large);
    List<byte[]> blobs = values(all, new byte[0], large, new byte[] {0, 0, 0}, null);
    assertThat(roundTrip(db, SqlTypes.BINARY, blobs)).containsExactlyElementsOf(blobs);

    byte[] sixteen = {0, -1, 1, -128, 127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    List<byte[]> bounded = values(sixteen, new byte[] {(byte) 0xFF}, null);
    assertThat(roundTrip(db, SqlTypes.binary(16), bounded)).containsExactlyElementsOf(bounded);
  }

  @DatabaseTest
  void uuidsRoundTripAndCompare(TestDb db) throws Exception {
    UUID random = UUID.randomUUID();
    UUID nil = new UUID(0, 0);
    UUID max = new UUID(-1, -1);
    List<UUID> uuids = values(random, nil, max, null);
    String table = createTable(db, SqlTypes.UUID_TYPE);
    insert(db, table, SqlTypes.UUID_TYPE, uuids);

    assertThat(TypeTestSupport.read(db, table, SqlTypes.UUID_TYPE, "id")).isEqualTo(uuids);
    assertThat(countEqual(db, table, SqlTypes.UUID_TYPE, max)).isEqualTo(1);
  }

  @DatabaseTest
  void enumsAreStoredByName(TestDb db) throws Exception {
    SqlType<Color> color = SqlTypes.enumType(Color.class);
    List<Color> colors = values(Color.DARK_BLUE, Color.RED, null, Color.GREEN);
    String table = createTable(db, color);
    insert(db, table, color, colors);

    assertThat(TypeTestSupport.read(db, table, color, "id")).isEqualTo(colors);
    assertThat(countEqual(db, table, color, Color.DARK_BLUE)).isEqualTo(1);
    assertThat(TypeTestSupport.read(db, table, SqlTypes.varchar(9), "id"))
        .containsExactly("DARK_BLUE", "RED", null, "GREEN");
  }

  @DatabaseTest
  void unknownEnumNameIsAClearError(TestDb db) throws Exception {
    SqlType<Color> color = SqlTypes.enumType(Color.class);
    String table = createTable(db, color);
    db.executeJdbc("INSERT INTO " + table + " (id, v) VALUES (1, 'PURPLE')");

    assertThatThrownBy(() -> TypeTestSupport.read(db, table, color, "id"))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Column value 'PURPLE' is not a constant of enum "
                + Color.class.getName()
                + " (constants: DARK_BLUE, GREEN, RED); fix the stored value or add the constant"
                + " to the enum");
  }

  @DatabaseTest
  void jsonRoundTripsAsText(TestDb db) throws Exception {
    // Written in the normal form PostgreSQL's JSONB prints, which MySQL's JSON prints as well.
    List<String> documents =
        values("{\"a\": 1, \"bb\": [true, null, \"é😀\"]}", "[]", "\"plain\"", "42", null);
    assertThat(roundTrip(db, SqlTypes.JSON, documents)).isEqualTo(documents);
  }

  @DatabaseTest
  void objectsAreBoundAndReadAsTheyCome(TestDb db) throws Exception {
    String table = createTable(db, SqlTypes.TEXT);
    insert(db, table, SqlTypes.OBJECT, values("text", null));
    assertThat(TypeTestSupport.read(db, table, SqlTypes.OBJECT, "id"))
        .containsExactly("text", null);
  }
}
