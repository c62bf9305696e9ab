package dev.cairn.orm;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A query for entities of one type, built fluently and run by its terminal methods. Running it
 * flushes the session first (autoflush) and returns instances from the session's identity map.
 * Immutable: every building method returns a new query, so a query can be kept and refined.
 *
 * <pre>{@code
 * List<User> adults = session.query(User.class)
 *     .filter(Criteria.of(User::getAge).ge(18))
 *     .orderBy(Criteria.of(User::getUsername).asc())
 *     .limit(20)
 *     .all();
 * Page<User> page = session.query(User.class).orderBy("id").page(0, 50);
 * }</pre>
 *
 * <p>Typed criteria are built with {@link Criteria#of(Getter)} from getter method references;
 * property names are accepted by {@link #filterBy} and {@link #orderBy(String)}.
 *
 * @param <T> the entity type
 */
public interface Query<T> {

  /**
   * Keeps entities whose property {@code property} equals {@code value} (null: IS NULL). An unknown
   * property, or a value of another type than the property's, fails with a {@code CairnException}.
   * A dotted path through a relationship, {@code filterBy("author.name", "Ann")}, keeps entities
   * whose related entity (for a collection: any element) has that value, as a correlated {@code
   * EXISTS} (see {@link Criteria}).
   */
  Query<T> filterBy(String property, @Nullable Object value);

  /** Keeps entities matching {@code criterion}; several filters are combined with AND. */
  Query<T> filter(Criterion<T> criterion);

  /** Orders by {@code orderings}, after any ordering given before. */
  @SuppressWarnings("unchecked")
  Query<T> orderBy(Ordering<T>... orderings);

  /** Orders ascending by the property named {@code property}, after any ordering given before. */
  Query<T> orderBy(String property);

  /** Orders descending by the property named {@code property}, after any ordering given before. */
  Query<T> orderByDesc(String property);

  /** Returns at most {@code limit} entities. */
  Query<T> limit(long limit);

  /** Skips the first {@code offset} entities (in query order; give an ordering). */
  Query<T> offset(long offset);

  /**
   * Page {@code pageNumber} (counted from 0) of {@code pageSize} entities, with the total count:
   * two statements, a COUNT and the page's SELECT. Any limit and offset set before are replaced.
   */
  Page<T> page(int pageNumber, int pageSize);

  /** The first result in query order, or null when there is none. */
  @Nullable T first();

  /** The only result; a {@code CairnException} saying how many there were otherwise. */
  T one();

  /** The only result, or null when there is none; a {@code CairnException} when more than one. */
  @Nullable T oneOrNull();

  /** All results. */
  List<T> all();

  /** How many entities match. */
  long count();

  /** Whether any entity matches. */
  boolean exists();

  /**
   * The results as a lazy stream over an open cursor, materialized one by one as they are read;
   * close it (try-with-resources) and run no other statement on the session while it is open. An
   * instance already in the session is returned as is; any other row becomes a detached instance
   * the session does not keep (its changes are not flushed), so a stream of any length needs no
   * more memory than the caller keeps; use {@link #all()} or {@link #page} to load entities to
   * change. An entity with many-to-one / owning one-to-one references cannot be streamed (its
   * references could not be loaded): a {@code CairnException} says so.
   */
  Stream<T> stream();

  /**
   * Records of {@code type} holding {@code properties} of each matching entity: the i-th property
   * goes to the i-th record component (matched by position, converted as {@code Row.into} does).
   */
  @SuppressWarnings("unchecked")
  <R extends Record> List<R> project(Class<R> type, Getter<T, ?>... properties);

  /**
   * A query whose rows come from {@code statement} instead of the generated SELECT — text SQL or a
   * Core select — whose columns are matched to the entity's columns by label (e.g. {@code SELECT *
   * FROM users WHERE …}). Filters, ordering and limits cannot be added to it.
   */
  Query<T> fromStatement(Statement statement);

  /**
   * Bulk UPDATE of every matching row, {@code values} keyed by property name; returns the number of
   * rows changed. Instances already loaded are refreshed by the session.
   */
  long update(Map<String, ?> values);

  /**
   * Bulk DELETE of every matching row; returns the number deleted. Loaded instances are detached.
   */
  long delete();

  /**
   * Says how relationships of the result are loaded, by path: {@code
   * options(Load.selectin("addresses"), Load.joined("author"), Load.raise("reviews"),
   * Load.selectin("orders").then("items"))}. Without options, references load right after the
   * result in one batch and collections on first access for the whole result at once. An unknown
   * relationship fails here with a {@code CairnException}.
   */
  Query<T> options(Load... options);

  /** The Core table of the entity, for Core statements over its columns. */
  Table table();

  /**
   * The Core column of the property {@code getter} reads, typed by the property's Java type; a
   * {@code CairnException} for a converted property whose column holds another type.
   */
  <V> Column<V> column(Getter<T, V> getter);
}
