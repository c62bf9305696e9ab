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
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.math.BigDecimal;
import java.util.List;

/** Integers, booleans, decimals and floating point through every database and back. */
class NumberTypeRoundTripTest {

  @DatabaseTest
  void integersKeepTheirFullRange(TestDb db) throws Exception {
    List<Short> shorts = values(Short.MIN_VALUE, (short) -1, (short) 0, Short.MAX_VALUE, null);
    List<Integer> ints = values(Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE, null);
    List<Long> longs = values(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE, null);

    assertThat(roundTrip(db, SqlTypes.SMALLINT, shorts)).isEqualTo(shorts);
    assertThat(roundTrip(db, SqlTypes.INTEGER, ints)).isEqualTo(ints);
    assertThat(roundTrip(db, SqlTypes.BIGINT, longs)).isEqualTo(longs);
  }

  @DatabaseTest
  void booleansRoundTripAndCompare(TestDb db) throws Exception {
    List<Boolean> booleans = values(true, false, null, true);
    String table = createTable(db, SqlTypes.BOOLEAN);
    insert(db, table, SqlTypes.BOOLEAN, booleans);

    assertThat(TypeTestSupport.read(db, table, SqlTypes.BOOLEAN, "id")).isEqualTo(booleans);
    assertThat(countEqual(db, table, SqlTypes.BOOLEAN, true)).isEqualTo(2);
    assertThat(countEqual(db, table, SqlTypes.BOOLEAN, false)).isEqualTo(1);
  }

  @DatabaseTest
  void numericKeepsDeclaredScale(TestDb db) throws Exception {
    SqlType<BigDecimal> money = SqlTypes.numeric(10, 2);
    List<BigDecimal> written =
        values(
            new BigDecimal("12345678.91"),
            new BigDecimal("-0.01"),
            BigDecimal.ZERO,
            new BigDecimal("7.5"),
            null);
    String table = createTable(db, money);
    insert(db, table, money, written);

    assertThat(TypeTestSupport.read(db, table, money, "id"))
        .containsExactly(
            new BigDecimal("12345678.91"),
            new BigDecimal("-0.01"),
            new BigDecimal("0.00"),
            new BigDecimal("7.50"),
            null);
    assertThat(countEqual(db, table, money, new BigDecimal("7.50"))).isEqualTo(1);
    assertThat(countEqual(db, table, money, new BigDecimal("-0.01"))).isEqualTo(1);
  }

  @DatabaseTest
  void wideNumericKeepsEveryDigitOrIsRefused(TestDb db) throws Exception {
    SqlType<BigDecimal> wide = SqlTypes.numeric(38, 10);
    List<BigDecimal> portable =
        values(
            new BigDecimal("-0.0000000001"),
            new BigDecimal("12345.6789"),
            new BigDecimal("999999999999999"),
            new BigDecimal(Long.MAX_VALUE),
            null);
    assertThat(roundTrip(db, wide, portable))
        .containsExactlyElementsOf(
            portable.stream().map(v -> v == null ? null : v.setScale(10)).toList());

    BigDecimal huge = new BigDecimal("1234567890123456789012345678.1234567890");
    List<BigDecimal> extremes = values(huge, huge.negate());
    if (db.database() == TestDatabase.SQLITE) {
      assertThatThrownBy(() -> roundTrip(db, wide, extremes))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining(
              "sqlite cannot store a NUMERIC(38,10) value with 37 significant digits");
    } else {
      assertThat(roundTrip(db, wide, extremes)).isEqualTo(extremes);
    }
  }

  @DatabaseTest
  void floatingPointExtremesSurvive(TestDb db) throws Exception {
    List<Float> floats =
        values(
            0f,
            1.5f,
            0.1f,
            1.2345678f,
            -123.456f,
            Float.MAX_VALUE,
            -Float.MAX_VALUE,
            Float.MIN_NORMAL,
            null);
    List<Double> doubles =
        values(
            0d,
            0.1,
            Math.PI,
            -1e-300,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.MIN_NORMAL,
            null);

    assertThat(roundTrip(db, SqlTypes.REAL, floats)).isEqualTo(floats);
    assertThat(roundTrip(db, SqlTypes.DOUBLE, doubles)).isEqualTo(doubles);
  }

  @DatabaseTest
  void nonFiniteNumbersRoundTripWhereTheDatabaseHasThem(TestDb db) throws Exception {
    List<Double> infinities = values(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    List<Double> nan = values(Double.NaN);
    switch (db.database()) {
      case H2, POSTGRESQL -> {
        assertThat(roundTrip(db, SqlTypes.DOUBLE, infinities)).isEqualTo(infinities);
        assertThat(roundTrip(db, SqlTypes.DOUBLE, nan)).isEqualTo(nan);
        assertThat(roundTrip(db, SqlTypes.REAL, values(Float.NaN))).containsExactly(Float.NaN);
      }
      case SQLITE -> {
        assertThat(roundTrip(db, SqlTypes.DOUBLE, infinities)).isEqualTo(infinities);
        assertThatThrownBy(() -> roundTrip(db, SqlTypes.DOUBLE, nan))
            .isInstanceOf(CairnException.class)
            .hasMessage(
                "sqlite cannot store DOUBLE: SQLite stores NaN as NULL; bind a number or NULL");
      }
      case MARIADB -> {
        assertThatThrownBy(() -> roundTrip(db, SqlTypes.DOUBLE, infinities))
            .isInstanceOf(CairnException.class)
            .hasMessageContaining("mariadb cannot store DOUBLE: NaN and infinite values");
        assertThatThrownBy(() -> roundTrip(db, SqlTypes.REAL, values(Float.NaN)))
            .isInstanceOf(CairnException.class)
            .hasMessageContaining("mariadb cannot store REAL");
      }
    }
  }
}
