package dev.cairn.orm;

import dev.cairn.core.CairnException;

/**
 * An UPDATE or DELETE guarded by a {@code @Version} matched no row: someone else changed or deleted
 * the entity since it was loaded. Roll back, reload the entity and apply the change again.
 */
public class StaleEntityException extends CairnException {

  private static final long serialVersionUID = 1L;

  private final String entityName;
  private final Object id;

  /** Creates the exception for the entity named {@code entityName} with key {@code id}. */
  public StaleEntityException(String entityName, Object id, String message) {
    super(message);
    this.entityName = entityName;
    this.id = id;
  }

  /** The name of the entity that was stale. */
  public String entityName() {
    return entityName;
  }

  /** The primary key of the stale entity. */
  public Object id() {
    return id;
  }
}
