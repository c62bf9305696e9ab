package dev.cairn.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's ORM example, kept compiling and true. */
class ReadmeOrmExampleTest {

  @Entity
  @Table(name = "users")
  public static class User {
    @Id @GeneratedValue Long id;
    String username;

    protected User() {}

    public User(String username) {
      this.username = username;
    }

    public String getUsername() {
      return username;
    }
  }

  @Test
  void theReadmeExampleRuns() {
    try (Engine engine = Engine.create("jdbc:h2:mem:readme-orm;DB_CLOSE_DELAY=-1")) {
      SessionFactory sessions = SessionFactory.builder(engine).entities(User.class).build();
      sessions.createAll();

      try (Session session = sessions.openSession()) {
        session.add(new User("john_doe"));
        session.add(new User("alice"));
        session.commit();
        User user = session.query(User.class).filterBy("username", "john_doe").first();
        List<User> js =
            session
                .query(User.class)
                .filter(Criteria.of(User::getUsername).startsWith("j"))
                .orderBy(Criteria.of(User::getUsername).asc())
                .limit(20)
                .all();
        assertThat(js).containsExactly(user);
      }
      sessions.dropAll();
    }
  }
}
