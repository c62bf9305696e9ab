package dev.cairn.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cairn.core.ErrorKind;
import dev.cairn.core.IntegrityViolationException;
import dev.cairn.core.engine.Connection;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;

/**
 * A value longer than its {@code varchar(n)} column is rejected on every database, SQLite included
 * (through the CHECK Cairn writes there); a value of exactly n characters, multi-byte ones
 * included, is stored.
 */
class SchemaLengthTest {

  static final class Codes extends Table {
    final Column<Integer> id = column("id", SqlTypes.INTEGER).primaryKey();
    final Column<String> code = column("code", SqlTypes.varchar(10));

    Codes() {
      super("codes");
    }
  }

  @DatabaseTest
  void aValueLongerThanItsVarcharIsRejectedEverywhere(TestDb db) {
    Codes codes = new Codes();
    new MetaData().add(codes).createAll(db.engine());
    try (Connection connection = db.engine().connect()) {
      connection.execute(Sql.insertInto(codes).set(codes.id, 1).set(codes.code, "0123456789"));
      connection.execute(Sql.insertInto(codes).set(codes.id, 2).set(codes.code, "éééééééééé"));
      connection.commit();
      IntegrityViolationException tooLong =
          catchThrowableOfType(
              IntegrityViolationException.class,
              () ->
                  connection.execute(
                      Sql.insertInto(codes).set(codes.id, 3).set(codes.code, "0123456789X")));
      assertThat(tooLong.kind()).isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
      connection.rollback();
      assertThat(
              connection
                  .execute(Sql.select(codes.code).from(codes).orderBy(codes.id.asc()))
                  .scalars(String.class))
          .containsExactly("0123456789", "éééééééééé");
    }
  }
}
