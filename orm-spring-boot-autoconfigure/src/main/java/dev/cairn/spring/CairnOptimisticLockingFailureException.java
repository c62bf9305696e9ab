package dev.cairn.spring;

import dev.cairn.orm.StaleEntityException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A {@code @Version}-guarded UPDATE or DELETE matched no row: another transaction changed or
 * deleted the entity. Names the entity and its key, like Spring's {@code
 * ObjectOptimisticLockingFailureException} (spring-orm is not needed for it).
 */
public class CairnOptimisticLockingFailureException extends OptimisticLockingFailureException {

  private static final long serialVersionUID = 1L;

  private final String entityName;
  private final transient Object id;

  /** Wraps {@code cause}, keeping its entity name and key. */
  public CairnOptimisticLockingFailureException(StaleEntityException cause) {
    super(String.valueOf(cause.getMessage()), cause);
    this.entityName = cause.entityName();
    this.id = cause.id();
  }

  /** The name of the stale entity. */
  public String entityName() {
    return entityName;
  }

  /** The primary key of the stale entity. */
  public Object id() {
    return id;
  }
}
