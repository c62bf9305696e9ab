package dev.cairn.spring.boot.autoconfigure.data.other;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.spring.SharedSession;
import dev.cairn.spring.SpringConnectionProvider;
import dev.cairn.spring.data.config.EnableCairnRepositories;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Cairn without Boot: two session factories over one data source, the repositories bound to the
 * second one and its transaction manager by name.
 */
@Configuration(proxyBeanMethods = false)
@EnableCairnRepositories(
    basePackageClasses = NoteRepository.class,
    sessionRef = "noteSession",
    sessionFactoryRef = "noteSessionFactory",
    transactionManagerRef = "noteTransactions")
public class NoteStore {

  @Bean
  Engine noteEngine(DataSource dataSource) {
    return Engine.builder(new SpringConnectionProvider(dataSource)).build();
  }

  @Bean
  SessionFactory otherSessionFactory(Engine engine) {
    return SessionFactory.builder(engine).entities(Note.class).build();
  }

  @Bean
  Session otherSession(SessionFactory otherSessionFactory) {
    return SharedSession.create(otherSessionFactory, null);
  }

  @Bean
  SessionFactory noteSessionFactory(Engine engine) {
    SessionFactory factory = SessionFactory.builder(engine).entities(Note.class).build();
    factory.createAll();
    return factory;
  }

  @Bean
  Session noteSession(SessionFactory noteSessionFactory) {
    return SharedSession.create(noteSessionFactory, null);
  }

  @Bean
  JdbcTransactionManager noteTransactions(DataSource dataSource) {
    return new JdbcTransactionManager(dataSource);
  }
}
