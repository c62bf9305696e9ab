package dev.cairn.sample;

import dev.cairn.core.engine.Engine;
import dev.cairn.core.schema.MetaData;
import dev.cairn.core.sql.Sql;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reads and writes notes with Cairn Core statements; creates the table on start-up. */
@Repository
class NoteStore {

  private final Engine engine;
  private final NotesTable notes = new NotesTable();

  NoteStore(Engine engine) {
    this.engine = engine;
    new MetaData().add(notes).createAll(engine);
  }

  List<Note> findAll() {
    return engine.transactionResult(
        connection ->
            connection.execute(Sql.selectFrom(notes).orderBy(notes.id.asc())).into(Note.class));
  }

  Optional<Note> find(long id) {
    return engine.transactionResult(
        connection ->
            connection
                .execute(Sql.selectFrom(notes).where(notes.id.eq(id)))
                .into(Note.class)
                .stream()
                .findFirst());
  }

  Note add(String title, @Nullable String body) {
    return engine.transactionResult(
        connection -> {
          Long id =
              connection
                  .execute(
                      Sql.insertInto(notes)
                          .set(notes.title, title)
                          .set(notes.body, body)
                          .returning(notes.id))
                  .scalar(Long.class);
          return connection
              .execute(Sql.selectFrom(notes).where(notes.id.eq(id)))
              .into(Note.class)
              .get(0);
        });
  }

  boolean delete(long id) {
    return engine.transactionResult(
        connection -> connection.executeUpdate(Sql.deleteFrom(notes).where(notes.id.eq(id))) == 1);
  }
}
