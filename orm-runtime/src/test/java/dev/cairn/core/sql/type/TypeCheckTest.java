package dev.cairn.core.sql.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.type.TextTypeRoundTripTest.Color;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Codec caching and the errors for values of the wrong type. */
class TypeCheckTest {

  private static final String EXPECTED_INTEGER =
      "A value of java.lang.String cannot be bound as INTEGER; expected java.lang.Integer."
          + " Convert the value or declare the parameter with the matching SqlType";

  enum Size {
    SMALL
  }

  @Test
  void equalTypesShareOneCodecPerDialect() {
    for (Dialect dialect : List.of(Dialects.H2, Dialects.POSTGRESQL, Dialects.MYSQL)) {
      TypeDialect types = dialect.types();
      assertThat(types.codec(SqlTypes.varchar(10))).isSameAs(types.codec(SqlTypes.varchar(10)));
      assertThat(types.codec(SqlTypes.numeric(10, 2)))
          .isSameAs(types.codec(SqlTypes.numeric(10, 2)));
      assertThat(types.codec(SqlTypes.enumType(Color.class)))
          .isSameAs(types.codec(SqlTypes.enumType(Color.class)))
          .isNotSameAs(types.codec(SqlTypes.enumType(Size.class)));
    }
    TypeDialect sqlite = Dialects.SQLITE.types();
    assertThat(sqlite.codec(SqlTypes.numeric(10, 2)))
        .isSameAs(sqlite.codec(SqlTypes.numeric(10, 2)))
        .isNotSameAs(sqlite.codec(SqlTypes.numeric(10, 3)));
    assertThat(sqlite.codec(SqlTypes.INSTANT)).isSameAs(sqlite.codec(SqlTypes.INSTANT));
  }

  @Test
  void checkValuePassesMatchingValuesAndNull() {
    assertThat(SqlTypes.INTEGER.checkValue(7)).isEqualTo(7);
    assertThat(SqlTypes.INTEGER.checkValue(null)).isNull();
    assertThat(SqlTypes.enumType(Color.class).checkValue(Color.RED)).isEqualTo(Color.RED);
  }

  @Test
  void checkValueNamesTheExpectedTypeButNotTheValue() {
    assertThatThrownBy(() -> SqlTypes.INTEGER.checkValue("secret"))
        .isInstanceOf(CairnException.class)
        .hasMessage(EXPECTED_INTEGER);
    assertThatThrownBy(() -> SqlTypes.BIGINT.checkValue(1))
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith(
            "A value of java.lang.Integer cannot be bound as BIGINT; expected java.lang.Long");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void sqlValueRefusesAValueOfTheWrongType() {
    SqlType raw = SqlTypes.INTEGER;
    assertThatThrownBy(() -> Sql.value(raw, "secret"))
        .isInstanceOf(CairnException.class)
        .hasMessage(EXPECTED_INTEGER);
  }

  @Test
  void bindingAnUntypedValueChecksItFirst() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:type_check");
        PreparedStatement statement = connection.prepareStatement("SELECT CAST(? AS INTEGER)")) {
      TypeDialect types = Dialects.H2.types();
      assertThatThrownBy(() -> types.bind(statement, 1, SqlTypes.INTEGER, "secret"))
          .isInstanceOf(CairnException.class)
          .hasMessage(EXPECTED_INTEGER);

      types.bind(statement, 1, SqlTypes.INTEGER, 41);
      try (var rows = statement.executeQuery()) {
        rows.next();
        assertThat(types.codec(SqlTypes.INTEGER).read(rows, 1)).isEqualTo(41);
      }
    }
  }

  @Test
  void literalRefusesAValueOfTheWrongType() {
    assertThatThrownBy(() -> Dialects.POSTGRESQL.types().literal(SqlTypes.INTEGER, "secret"))
        .isInstanceOf(CairnException.class)
        .hasMessage(EXPECTED_INTEGER);
  }

  @Test
  void objectHasNoLiteralOrCast() {
    assertThatThrownBy(() -> Dialects.MARIADB.types().castTypeName(SqlTypes.OBJECT))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("has no mariadb type for a CAST target");
    assertThatThrownBy(() -> Dialects.SQLITE.types().literal(SqlTypes.OBJECT, 1))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("has no sqlite type for a literal");
  }
}
