package dev.cairn.spring;

import dev.cairn.core.CairnException;
import dev.cairn.core.DatabaseException;
import dev.cairn.orm.StaleEntityException;
import dev.cairn.orm.mapping.MappingException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.jdbc.BadSqlGrammarException;

/**
 * Translates Cairn's exceptions into Spring's {@link DataAccessException} hierarchy. Registered as
 * a bean, Boot applies it to {@code @Repository} beans; the shared {@code Session} proxy calls
 * {@link #translate} itself.
 */
public class CairnExceptionTranslator implements PersistenceExceptionTranslator {

  /** Creates the translator; it has no state. */
  public CairnExceptionTranslator() {}

  /** {@inheritDoc} Returns null for exceptions that are not Cairn's. */
  @Override
  public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException ex) {
    return ex instanceof CairnException cairn ? translate(cairn) : null;
  }

  /**
   * The Spring exception for {@code ex}, with {@code ex} as its cause: integrity, locking, timeout,
   * connection and grammar failures by their kind, stale entities as optimistic-lock failures,
   * mapping and usage errors as {@link InvalidDataAccessApiUsageException}, anything else as {@link
   * UncategorizedCairnException}. A plain {@link CairnException} that wraps a more specific one (a
   * failed flush wraps the database failure) is translated by the wrapped one, keeping its own
   * message, which names the entity at fault.
   */
  public DataAccessException translate(CairnException ex) {
    CairnException specific = specific(ex);
    String message = message(ex);
    if (specific instanceof StaleEntityException stale) {
      return new CairnOptimisticLockingFailureException(stale);
    }
    if (specific instanceof DatabaseException database) {
      return translateDatabase(database, ex, message);
    }
    if (specific instanceof MappingException || specific.getClass() == CairnException.class) {
      // Cairn raises the plain type for misuse: a closed session, an unmapped object, a wrong id.
      return new InvalidDataAccessApiUsageException(message, ex);
    }
    return new UncategorizedCairnException(message, ex);
  }

  /** {@code ex}, or the first more specific Cairn exception a plain one wraps. */
  private static CairnException specific(CairnException ex) {
    Throwable current = ex;
    int depth = 0;
    while (current instanceof CairnException cairn
        && cairn.getClass() == CairnException.class
        && depth++ < 8) {
      current = cairn.getCause();
    }
    return current instanceof CairnException cairn ? cairn : ex;
  }

  private static DataAccessException translateDatabase(
      DatabaseException database, CairnException ex, String message) {
    return switch (database.kind()) {
      case UNIQUE_VIOLATION -> new DuplicateKeyException(message, ex);
      case FOREIGN_KEY_VIOLATION, INTEGRITY_VIOLATION ->
          new DataIntegrityViolationException(message, ex);
      case DEADLOCK -> new PessimisticLockingFailureException(message, ex);
      case LOCK_TIMEOUT -> new CannotAcquireLockException(message, ex);
      case TIMEOUT -> new QueryTimeoutException(message, ex);
      case CONNECTION_FAILURE -> new DataAccessResourceFailureException(message, ex);
      case SYNTAX_OR_UNKNOWN_OBJECT -> grammar(database, ex, message);
      case OTHER -> new UncategorizedCairnException(message, ex);
    };
  }

  private static DataAccessException grammar(
      DatabaseException database, CairnException ex, String message) {
    String sql = database.sql();
    if (sql != null && database.getCause() instanceof SQLException cause) {
      // BadSqlGrammarException keeps the SQLException as its cause; keep Cairn's message with it.
      BadSqlGrammarException translated = new BadSqlGrammarException("Cairn", sql, cause);
      translated.addSuppressed(ex);
      return translated;
    }
    return new InvalidDataAccessResourceUsageException(message, ex);
  }

  private static String message(CairnException ex) {
    String message = ex.getMessage();
    return message == null ? ex.getClass().getName() : message;
  }
}
