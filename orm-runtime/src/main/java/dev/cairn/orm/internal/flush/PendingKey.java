package dev.cairn.orm.internal.flush;

/**
 * A placeholder in a flush's value arrays for the database-generated key of an object that the same
 * flush inserts: the executor replaces it with the key once that object's row exists.
 *
 * @param entity the referenced object, pending insertion
 * @param keyIndex the index of its generated key property in its model's column values
 */
public record PendingKey(Object entity, int keyIndex) {

  @Override
  public boolean equals(Object other) {
    return other instanceof PendingKey p && p.entity == entity && p.keyIndex == keyIndex;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(entity) * 31 + keyIndex;
  }

  @Override
  public String toString() {
    return "pending key of " + entity.getClass().getSimpleName();
  }
}
