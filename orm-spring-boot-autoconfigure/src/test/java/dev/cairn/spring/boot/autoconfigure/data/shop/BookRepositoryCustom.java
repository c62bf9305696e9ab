package dev.cairn.spring.boot.autoconfigure.data.shop;

/** A custom fragment of {@link BookRepository}, implemented by hand over the Session. */
public interface BookRepositoryCustom {

  /** The titles of all books, read through the injected Session. */
  java.util.List<String> titlesViaSession();

  /** Whether the current Spring transaction is read-only (false without one). */
  boolean currentTransactionReadOnly();

  /** Throws a plain Cairn exception, for the repository's exception translation. */
  void misuse();
}
