package dev.cairn.spring.boot.autoconfigure.data.shop;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Session;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Implements {@link BookRepositoryCustom}; found by its name and given the shared Session. */
class BookRepositoryCustomImpl implements BookRepositoryCustom {

  private final Session session;

  BookRepositoryCustomImpl(Session session) {
    this.session = session;
  }

  @Override
  public List<String> titlesViaSession() {
    return session.query(Book.class).all().stream().map(Book::getTitle).sorted().toList();
  }

  @Override
  public boolean currentTransactionReadOnly() {
    return TransactionSynchronizationManager.isCurrentTransactionReadOnly();
  }

  @Override
  public void misuse() {
    throw new CairnException("BookRepositoryCustom.misuse() fails on purpose");
  }
}
