package dev.cairn.spring.boot.autoconfigure.data.other;

import dev.cairn.spring.data.CairnRepository;
import java.util.List;

/** Notes. */
public interface NoteRepository extends CairnRepository<Note, Long> {

  /** Notes with exactly {@code text}. */
  List<Note> findByText(String text);
}
