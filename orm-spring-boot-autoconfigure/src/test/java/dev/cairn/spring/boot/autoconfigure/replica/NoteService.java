package dev.cairn.spring.boot.autoconfigure.replica;

import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Session;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Transactions that report which server they run on. */
public class NoteService {

  /** Where a transaction's statements ran: is the session's and JdbcTemplate's server a standby. */
  public record Where(boolean session, boolean jdbc) {}

  private final Session session;
  private final JdbcTemplate jdbc;
  private final NoteRepository notes;

  NoteService(Session session, JdbcTemplate jdbc, NoteRepository notes) {
    this.session = session;
    this.jdbc = jdbc;
    this.notes = notes;
  }

  /** A read-only transaction. */
  @Transactional(readOnly = true)
  public Where readOnly() {
    return where();
  }

  /** A read-write transaction. */
  @Transactional
  public Where readWrite() {
    return where();
  }

  /** Adds a note and counts the notes with its text in the same (read-write) transaction. */
  @Transactional
  public long addAndCount(String body) {
    session.add(new Note(body));
    return session.query(Note.class).filterBy("body", body).count();
  }

  /** {@link NoteRepository#countOnStandby()} inside a read-write transaction. */
  @Transactional
  public long countOnStandbyInReadWrite() {
    return notes.countOnStandby();
  }

  private Where where() {
    Boolean viaSession =
        session.execute(Sql.text("SELECT pg_is_in_recovery()")).scalar(Boolean.class);
    Boolean viaJdbc = jdbc.queryForObject("SELECT pg_is_in_recovery()", Boolean.class);
    return new Where(Boolean.TRUE.equals(viaSession), Boolean.TRUE.equals(viaJdbc));
  }
}
