package dev.cairn.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

/** Applies an optional {@link PersistenceExceptionTranslator} to what Cairn throws. */
final class ExceptionTranslation {

  private final @Nullable PersistenceExceptionTranslator translator;

  ExceptionTranslation(@Nullable PersistenceExceptionTranslator translator) {
    this.translator = translator;
  }

  /** The Spring exception for {@code failure}, or {@code failure} itself when none applies. */
  RuntimeException translate(RuntimeException failure) {
    if (translator == null || failure instanceof DataAccessException) {
      return failure;
    }
    DataAccessException translated = translator.translateExceptionIfPossible(failure);
    return translated == null ? failure : translated;
  }

  /** Runs {@code work}, translating what it throws. */
  void run(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      throw translate(e);
    }
  }
}
