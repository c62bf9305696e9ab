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

  /**
   * Keeps entities matching {@code criterion}; several filters are combined with AND. The criterion
   * is over the queried entity, or over an entity the query joins ({@link #join(Getter)}).
   */
  Query<T> filter(Criterion<?> criterion);

  /**
   * Orders by {@code orderings}, after any ordering given before: properties of the queried entity
   * or of an entity joined through references ({@link #join(Getter)}).
   */
  Query<T> orderBy(Ordering<?>... orderings);

  /**
   * Joins the entity {@code relationship} leads to (an INNER JOIN, through the association table
   * for a many-to-many), so filters and orderings can name its properties — SQLAlchemy's {@code
   * select(Book).join(Book.author)}:
   *
   * <pre>{@code
   * session.query(Book.class)
   *     .join(Book::getAuthor)
   *     .filter(Criteria.of(Author::getName).startsWith("A"))   // a getter of the joined entity
   *     .orderBy(Criteria.of(Author::getName).asc(), Criteria.of(Book::getTitle).asc())
   *     .all();
   * }</pre>
   *
   * <p>A getter of an entity joined once means that join; by name, a join is called by its
   * relationship path ({@code Criteria.named("author.name")}). The result holds queried entities
   * only, each once, and the join does not fill the relationship (load it with {@link #options}).
   * Joining a collection ({@code join(Author::getBooks)}) keeps the entities with a matching
   * element; it is written as {@code id IN (SELECT id FROM … JOIN … WHERE …)} so that limits, pages
   * and counts count entities, and it cannot be ordered by (each entity has several values there).
   */
  Query<T> join(Getter<T, ?> relationship);

  /**
   * {@link #join(Getter)} under {@code alias}, for an entity joined twice or to itself: {@code
   * query(Category.class).join(Category::getParent, "parent").filter(Criteria.of("parent",
   * Category::getName).eq("Books"))}, or by name {@code Criteria.named("parent.name")}.
   */
  Query<T> join(Getter<T, ?> relationship, String alias);

  /**
   * {@link #join(Getter)} by relationship name or path: {@code join("author")}, {@code
   * join("orders.items")} (each hop joined once; the hops are named {@code "orders"} and {@code
   * "orders.items"}). An unknown relationship fails with a {@code CairnException}.
   */
  Query<T> join(String path);

  /** {@link #join(String)} with the last hop under {@code alias}. */
  Query<T> join(String path, String alias);

  /**
   * {@link #join(Getter)} as a LEFT OUTER JOIN: entities without a related row are kept, the joined
   * properties being null ({@code Criteria.of(Author::getName).isNull()} finds them).
   */
  Query<T> outerJoin(Getter<T, ?> relationship);

  /** {@link #outerJoin(Getter)} under {@code alias}. */
  Query<T> outerJoin(Getter<T, ?> relationship, String alias);

  /** {@link #outerJoin(Getter)} by relationship name or path. */
  Query<T> outerJoin(String path);

  /** {@link #outerJoin(String)} with the last hop under {@code alias}. */
  Query<T> outerJoin(String path, String alias);

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
   * The results as a lazy stream over an open cursor; close it (try-with-resources) and run no
   * other statement on the session while it is open. Rows are read in chunks of the load batch
   * size: the references of each chunk (and its {@link #options}) load in one batch before its
   * entities are emitted, and its collections load for the chunk on first access — so 1,000 rows
   * cost the query plus one statement per chunk and relationship. Joined collections ({@code
   * Load.joined}) load as selectin per chunk. Streamed entities are persistent while their chunk is
   * current; when the stream moves on, those of the finished chunk that were not changed (and whose
   * collections were not loaded) leave the session, detached, so a stream of any length needs no
   * more memory than the caller keeps, and changed ones stay and are flushed. MySQL/MariaDB drivers
   * read the rest of the cursor into memory when a chunk's batch runs (they cannot keep a streaming
   * result open across statements).
   */
  Stream<T> stream();

  /**
   * Loads the entities read-only, as Hibernate's read-only queries: they keep no snapshot, so they
   * cost less memory and nothing at flush, and changes made to them are never written. The identity
   * map still holds one instance per row; an instance already in the session stays as it is. A
   * read-only session ({@code SessionOptions.readOnly()}) makes every query read-only.
   */
  Query<T> readOnly();

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
