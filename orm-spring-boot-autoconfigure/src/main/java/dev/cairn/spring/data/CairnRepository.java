package dev.cairn.spring.data;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The base of a Cairn repository interface: CRUD, paging and sorting over one mapped entity,
 * implemented over the transaction's {@link dev.cairn.orm.Session}, plus derived and {@code @Query}
 * methods the interface declares.
 *
 * <pre>{@code
 * interface UserRepository extends CairnRepository<User, Long> {
 *   Optional<User> findByUsername(String username);
 * }
 * }</pre>
 *
 * <p>{@code save} adds a new entity to the session or merges a detached one and returns the managed
 * instance; a new entity whose key the database generates (identity, sequence) is inserted at once,
 * so {@code save(x).getId()} is set, and {@code findById} in the same transaction finds it without
 * a SELECT. {@code saveAll} writes all new rows in one flush, batched; the {@code delete} methods
 * cascade as the entity maps it.
 *
 * @param <T> the entity type
 * @param <ID> the type of its identifier
 */
@NoRepositoryBean
public interface CairnRepository<T, ID>
    extends ListCrudRepository<T, ID>, ListPagingAndSortingRepository<T, ID> {

  /** Writes the session's pending changes to the database now, inside the current transaction. */
  void flush();

  /** {@link #save} followed by {@link #flush}: database errors surface here, not at commit. */
  <S extends T> S saveAndFlush(S entity);

  /**
   * Deletes every row of the entity's table in one bulk {@code DELETE}, without loading the
   * entities: cascades and lifecycle callbacks do not run (use {@link #deleteAll()} for those).
   * Returns the number of rows deleted.
   */
  long deleteAllInBatch();
}
