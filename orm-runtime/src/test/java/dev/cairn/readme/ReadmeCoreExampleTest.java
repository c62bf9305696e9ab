package dev.cairn.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.MetaData;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.type.SqlTypes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "Cairn Core in five minutes", kept compiling and true. */
class ReadmeCoreExampleTest {

  static class Users extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey().identity();
    final Column<String> name = column("name", SqlTypes.varchar(50)).notNull().unique();
    final Column<LocalDateTime> createdAt =
        column("created_at", SqlTypes.TIMESTAMP).notNull().defaultSupplier(LocalDateTime::now);

    Users() {
      super("users");
    }
  }

  record UserRow(long id, String name) {}

  @Test
  void theReadmeExampleRuns() {
    Users users = new Users();
    MetaData metaData = new MetaData().add(users);
    List<UserRow> seen = new ArrayList<>();

    try (Engine engine = Engine.create("jdbc:h2:mem:readme;DB_CLOSE_DELAY=-1")) {
      metaData.createAll(engine);
      engine.transaction(
          connection -> {
            connection.executeMany(
                Sql.insertInto(users).set(users.name, Sql.param("name", SqlTypes.varchar(50))),
                List.of(Map.of("name", "john_doe"), Map.of("name", "jane_doe")));
            seen.addAll(
                connection
                    .execute(
                        Sql.select(users.id, users.name)
                            .from(users)
                            .where(users.name.startsWith("j"))
                            .orderBy(users.id.desc())
                            .limit(10))
                    .into(UserRow.class));
            connection.execute(
                Sql.upsert(users).set(users.name, "john_doe").onConflict(users.name).doNothing());
          });
      long count =
          engine.transactionResult(
              connection ->
                  connection.execute(Sql.select(Sql.count()).from(users)).scalar(Long.class));
      assertThat(count).isEqualTo(2);
      metaData.dropAll(engine);
    }

    assertThat(seen).extracting(UserRow::name).containsExactly("jane_doe", "john_doe");
    assertThat(
            Sql.select(users.name)
                .from(users)
                .where(users.id.in(List.of(1L, 2L)))
                .toSql(Dialects.POSTGRESQL))
        .isEqualTo("SELECT users.name FROM users WHERE users.id IN (?, ?)");
  }
}
