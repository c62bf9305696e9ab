package dev.cairn.spring;

import dev.cairn.core.CairnException;
import dev.cairn.core.ConnectionPoolTimeoutException;
import dev.cairn.core.DatabaseException;
import dev.cairn.core.InvalidUsageException;
import dev.cairn.orm.NoResultException;
import dev.cairn.orm.NonUniqueResultException;
import dev.cairn.orm.StaleEntityException;
import dev.cairn.orm.mapping.MappingException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Translates Cairn's exceptions into Spring's {@link DataAccessException} hierarchy, by their type.
 * Registered as a bean, Boot applies it to {@code @Repository} beans; the shared {@code Session}
 * proxy calls {@link #translate} itself. Every translation keeps Cairn's message (it names the
 * entity, table or SQL at fault) and has the Cairn exception as its cause, without a circular cause
 * chain.
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
   * The Spring exception for {@code ex}, with {@code ex} as its cause: database failures by their
   * kind (a failed flush raises the database failure's own type, so it is translated like the
   * statement failure it is), a pool timeout as {@link CannotGetJdbcConnectionException}, stale
   * entities as optimistic-lock failures, {@code one()} finding no row or several as {@link
   * EmptyResultDataAccessException} or {@link IncorrectResultSizeDataAccessException}, misuse
   * ({@link InvalidUsageException}, mapping errors, and the plain {@link CairnException} Cairn
   * still raises for misuse) as {@link InvalidDataAccessApiUsageException}, anything else as {@link
   * UncategorizedCairnException}.
   */
  public DataAccessException translate(CairnException ex) {
    String message = message(ex);
    if (ex instanceof StaleEntityException stale) {
      return new CairnOptimisticLockingFailureException(stale);
    }
    if (ex instanceof NoResultException) {
      return new EmptyResultDataAccessException(message, 1, ex);
    }
    if (ex instanceof NonUniqueResultException) {
      return new IncorrectResultSizeDataAccessException(message, 1, ex);
    }
    if (ex instanceof DatabaseException database) {
      return translateDatabase(database, message);
    }
    if (ex instanceof InvalidUsageException
        || ex instanceof MappingException
        || ex.getClass() == CairnException.class) {
      return new InvalidDataAccessApiUsageException(message, ex);
    }
    return new UncategorizedCairnException(message, ex);
  }

  private static DataAccessException translateDatabase(DatabaseException ex, String message) {
    return switch (ex.kind()) {
      case UNIQUE_VIOLATION -> new DuplicateKeyException(message, ex);
      case FOREIGN_KEY_VIOLATION, INTEGRITY_VIOLATION ->
          new DataIntegrityViolationException(message, ex);
      case DEADLOCK -> new PessimisticLockingFailureException(message, ex);
      case LOCK_TIMEOUT -> new CannotAcquireLockException(message, ex);
      case TIMEOUT -> new QueryTimeoutException(message, ex);
      case CONNECTION_FAILURE -> new DataAccessResourceFailureException(message, ex);
      case POOL_TIMEOUT -> cannotGetConnection(ex, message);
      case SYNTAX_OR_UNKNOWN_OBJECT -> grammar(ex, message);
      case OTHER -> new UncategorizedCairnException(message, ex);
    };
  }

  private static DataAccessException cannotGetConnection(DatabaseException ex, String message) {
    if (!(ex instanceof ConnectionPoolTimeoutException)) {
      return new DataAccessResourceFailureException(message, ex);
    }
    // the constructor that takes a cause wants the SQLException; keep Cairn's exception instead
    CannotGetJdbcConnectionException translated = new CannotGetJdbcConnectionException(message);
    translated.initCause(ex);
    return translated;
  }

  private static DataAccessException grammar(DatabaseException ex, String message) {
    String sql = ex.sql();
    if (sql != null && ex.getCause() instanceof SQLException cause) {
      return new CairnBadSqlGrammarException(message, sql, cause, ex);
    }
    return new InvalidDataAccessResourceUsageException(message, ex);
  }

  private static String message(CairnException ex) {
    String message = ex.getMessage();
    return message == null ? ex.getClass().getName() : message;
  }
}
