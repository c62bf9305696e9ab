package dev.cairn.spring.boot.autoconfigure.replica;

import dev.cairn.spring.data.CairnRepository;
import dev.cairn.spring.data.Query;
import java.util.List;

/** Notes; its query methods run in read-only transactions when called outside one. */
public interface NoteRepository extends CairnRepository<Note, Long> {

  /** The notes with this text. */
  List<Note> findByBody(String body);

  /** How many notes there are when run on a standby (replica); 0 on the primary. */
  @Query("SELECT COUNT(*) FROM notes WHERE pg_is_in_recovery()")
  long countOnStandby();
}
