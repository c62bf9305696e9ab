package dev.cairn.core.dialect;

import dev.cairn.core.ErrorKind;
import java.sql.SQLException;

/** Decides what kind of failure a driver's {@link SQLException} reports. */
public interface ErrorClassifier {

  /** The kind of failure {@code exception} reports. */
  ErrorKind classify(SQLException exception);
}
