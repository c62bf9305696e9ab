package dev.cairn.spring.boot.autoconfigure.data.app;

import dev.cairn.orm.Session;
import dev.cairn.spring.boot.autoconfigure.CairnEntityScan;
import dev.cairn.spring.boot.autoconfigure.data.shop.Book;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A Boot application as a user writes it: a repository and a {@code @Transactional} service. */
@SpringBootApplication
@CairnEntityScan(basePackageClasses = Book.class)
public class LibraryApplication {

  /** The service under test: repository and Session in one transaction. */
  @Service
  public static class Librarian {

    private final LibraryBooks books;
    private final Session session;

    Librarian(LibraryBooks books, Session session) {
      this.books = books;
      this.session = session;
    }

    /** Whether the repository and the Session hand out the same instance for {@code id}. */
    @Transactional(readOnly = true)
    public boolean repositoryAndSessionAgree(long id) {
      Book viaRepository = books.findById(id).orElseThrow();
      return session.get(Book.class, id) == viaRepository
          && books.findByPagesGreaterThan(0).contains(viaRepository);
    }

    /** Shelves books through the repository, then fails: nothing may remain. */
    @Transactional
    public void shelveThenFail(List<String> titles) {
      titles.forEach(title -> books.save(new Book(title, 100, null)));
      books.flush();
      throw new IllegalStateException("shelving fails on purpose");
    }

    /** Shelves books through the repository and one through the Session, committed together. */
    @Transactional
    public void shelve(String viaRepository, String viaSession) {
      books.save(new Book(viaRepository, 100, null));
      session.add(new Book(viaSession, 200, null));
    }
  }
}
