package dev.cairn.sample;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The notes REST API: {@code /api/notes}. */
@RestController
@RequestMapping("/api/notes")
class NoteController {

  private final NoteStore store;

  NoteController(NoteStore store) {
    this.store = store;
  }

  @GetMapping
  List<Note> list() {
    return store.findAll();
  }

  @GetMapping("/{id}")
  Note get(@PathVariable long id) {
    return store
        .find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No note " + id));
  }

  @PostMapping
  ResponseEntity<Note> create(@RequestBody NewNote request) {
    if (request.title() == null || request.title().isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "title must not be blank");
    }
    Note note = store.add(request.title(), request.body());
    return ResponseEntity.created(URI.create("/api/notes/" + note.id())).body(note);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    if (!store.delete(id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No note " + id);
    }
    return ResponseEntity.noContent().build();
  }

  /** The body of {@code POST /api/notes}. */
  record NewNote(@Nullable String title, @Nullable String body) {}
}
