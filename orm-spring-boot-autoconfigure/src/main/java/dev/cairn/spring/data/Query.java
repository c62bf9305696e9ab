package dev.cairn.spring.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * SQL text a repository method runs instead of a derived query. Parameters are {@code :name}
 * placeholders (named by {@link org.springframework.data.repository.query.Param @Param} or by the
 * parameter's name when compiled with {@code -parameters}) or positional {@code ?1}, {@code ?2} (or
 * plain {@code ?}, in order); every value is a bound parameter.
 *
 * <pre>{@code
 * @Query("SELECT * FROM books WHERE title LIKE :pattern ORDER BY title")
 * List<Book> findByPattern(@Param("pattern") String pattern);
 *
 * @Query("SELECT title, pages FROM books WHERE pages > ?1")
 * List<TitleAndPages> titlesLongerThan(int pages);   // a record or interface projection
 * }</pre>
 *
 * <p>The rows map to the repository's entity or another mapped entity (the query must return all
 * its columns; {@link LoadPlan @LoadPlan} loads their relationships), to a record (components
 * matched to column labels, {@code created_at} to {@code createdAt}), to an interface projection,
 * or, with one column, to a scalar. A {@code Page} result also runs {@link #countQuery()}. Add
 * {@link Modifying} for UPDATE, DELETE and INSERT statements.
 *
 * <p>The text is SQL, not JPQL, though the annotation's simple name is Spring Data JPA's: when the
 * repository is created, JPQL kept by a port ({@code SELECT p FROM Pet p}, {@code JOIN FETCH},
 * {@code SELECT NEW}, {@code :#{...}}) fails naming the method and the SQL to write ({@code FROM
 * pets}); an entity's name counts as JPQL only where the database has no table of that name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Query {

  /** The SQL to run. */
  String value();

  /**
   * The SQL counting the rows of {@link #value()}, for {@code Page} results; when empty, {@code
   * SELECT COUNT(*) FROM (value) counted} is run.
   */
  String countQuery() default "";
}
