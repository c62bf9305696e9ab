package dev.cairn.orm;

import dev.cairn.core.engine.Result;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.Statement;
import dev.cairn.core.sql.TextSql;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A unit of work over one database connection, as SQLAlchemy's {@code Session}: it keeps one
 * instance per row (identity map), tracks what was added, changed and deleted, and writes it all at
 * {@link #flush()} — in foreign-key order, batched — before queries (autoflush) and at {@link
 * #commit()}. It begins a transaction on first use. Objects stay readable after commit.
 *
 * <p>A session belongs to one thread at a time; using it from two threads at once fails fast.
 */
public interface Session extends AutoCloseable {

  /** Makes a transient object pending (inserted at the next flush); re-attaches a detached one. */
  void add(Object entity);

  /** {@link #add(Object)} for each object. */
  void addAll(Iterable<?> entities);

  /** Marks a persistent object for deletion at the next flush; a pending one is simply expunged. */
  void delete(Object entity);

  /**
   * The entity of {@code type} with primary key {@code id} — from the identity map if loaded,
   * otherwise by a SELECT — or null when there is no such row. A composite key is passed as a
   * {@code List} of values in {@code @Id} declaration order.
   */
  <T> @Nullable T get(Class<T> type, Object id);

  /** Writes all pending changes to the database, inside the current transaction. */
  void flush();

  /** Flushes and commits the transaction. The session stays usable; its objects stay readable. */
  void commit();

  /**
   * Rolls back the transaction and makes the session's objects agree with the database again:
   * objects added since the last commit become transient, deleted ones persistent again, and
   * changed ones are reloaded when next flushed or refreshed.
   */
  void rollback();

  /** Reloads {@code entity}'s columns from the database, discarding unflushed changes to it. */
  void refresh(Object entity);

  /**
   * Copies the state of a detached or transient {@code entity} onto the persistent instance with
   * the same key (loading it, or creating a pending one) and returns that instance.
   */
  <T> T merge(T entity);

  /** Removes {@code entity} from the session; its pending changes are forgotten. */
  void expunge(Object entity);

  /** Expunges every object. */
  void clear();

  /** Whether {@code entity} is pending, persistent or deleted in this session. */
  boolean contains(Object entity);

  /**
   * Where {@code entity} stands: its state in this session, or — when the session does not hold it
   * — {@link EntityState#DETACHED} if it has a key value and {@link EntityState#TRANSIENT} if not.
   */
  EntityState state(Object entity);

  /** A query for entities of {@code type}. */
  <T> Query<T> query(Class<T> type);

  /** Executes a Core statement on this session's connection, after autoflush. */
  Result execute(Statement statement);

  /** Rolls back what was not committed and releases the connection; the session is then closed. */
  @Override
  void close();

  // ---- Querying, 2.0 style: Core statements over entity tables, text SQL to entities ----

  /**
   * The Core table {@code type} maps to, for Core statements over entity columns run by {@link
   * #execute(Statement)} (joins along foreign keys, aggregates with GROUP BY, projections with
   * {@code Result.into(Record.class)}) or loaded as entities by {@link #scalars}.
   */
  default Table table(Class<?> type) {
    return query(type).table();
  }

  /**
   * The entities of {@code type} that {@code statement} returns, after autoflush, from the identity
   * map; the statement (a Core select or text SQL) must return every column of the entity's table,
   * matched by label, e.g. {@code Sql.selectFrom(session.table(User.class)).where(…)}.
   */
  default <T> List<T> scalars(Class<T> type, Statement statement) {
    return query(type).fromStatement(statement).all();
  }

  /**
   * The entities of {@code type} that the SQL text {@code sql} returns, with {@code :name}
   * placeholders bound from {@code parameters}: {@code session.fromSql(User.class, "SELECT * FROM
   * users WHERE username = :name", Map.of("name", "ann"))}.
   */
  default <T> List<T> fromSql(Class<T> type, String sql, Map<String, ?> parameters) {
    TextSql text = Sql.text(sql);
    for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
      text = text.bind(parameter.getKey(), parameter.getValue());
    }
    return scalars(type, text);
  }
}
