package dev.cairn.spring.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a repository method loads the relationships of the entities it returns — Spring Data JPA's
 * {@code @EntityGraph(attributePaths = ...)}, with SQLAlchemy's loader strategies. Each attribute
 * lists relationship paths (names, dotted through related entities) and becomes {@link
 * dev.cairn.orm.Load} options of the method's query:
 *
 * <pre>{@code
 * @LoadPlan(selectin = {"pets", "pets.visits"})
 * Page<Owner> findByLastNameStartingWith(String lastName, Pageable page);
 *
 * @Override
 * @LoadPlan("pets")                        // a redeclared CRUD method: the annotation applies
 * Optional<Owner> findById(Integer id);
 *
 * @LoadPlan(joined = "owner", selectin = "visits")     // on a PetRepository
 * List<Pet> findByName(String name);
 * }</pre>
 *
 * <p>It applies to derived query methods, {@link Query @Query} methods returning entities, and the
 * CRUD methods {@code findById}, {@code findAll}, {@code findAll(Sort)}, {@code findAll(Pageable)}
 * and {@code findAllById} when the repository interface redeclares them. The count query of a
 * {@code Page} loads nothing. A step named on its own keeps its strategy where a longer path passes
 * through it: with {@code @LoadPlan(selectin = "pets", raise = "pets.visits")} the pets are loaded
 * by selectin and their visits raise. A path that names no relationship, or a method the annotation
 * cannot apply to, stops the start-up naming {@code Repository.method} and the path.
 *
 * <p>Each selectin path costs one {@code IN (...)} query per level for the whole result; a joined
 * step of the queried entity costs nothing extra (a LEFT OUTER JOIN in the query). A joined
 * collection of a paged or limited query, a joined step below another step, and a joined step of a
 * {@code @Query} method are loaded by selectin instead, so a limit counts entities, not joined
 * rows. References (many-to-one, one-to-one) of a result are loaded in one batch without any plan.
 *
 * <p>Named {@code LoadPlan}, not {@code EntityGraph}: a port that keeps JPA's annotation name with
 * another import would keep JPA's meaning in a reader's mind (fetch graphs, load graphs) where
 * Cairn's strategies differ, and two annotations of one simple name in one code base need fully
 * qualified names.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface LoadPlan {

  /**
   * Paths loaded by selectin, as {@link #selectin()}: {@code @LoadPlan({"pets", "pets.visits"})}.
   */
  String[] value() default {};

  /** Paths loaded right after the result by one {@code IN (...)} query per level. */
  String[] selectin() default {};

  /** Paths loaded in the query itself by a LEFT OUTER JOIN. */
  String[] joined() default {};

  /** Collections that are not loaded and raise a {@code CairnException} when accessed. */
  String[] raise() default {};

  /** Paths loaded on first access, for every entity of the result at once (the default). */
  String[] lazy() default {};
}
