package dev.cairn.spring.boot.autoconfigure.replica;

import dev.cairn.orm.Session;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application: this package's entities and repositories, and the note service. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class ReplicaApplication {

  @Bean
  NoteService noteService(Session session, JdbcTemplate jdbc, NoteRepository notes) {
    return new NoteService(session, jdbc, notes);
  }
}
