package dev.cairn.orm;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.SortOrder;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A property of entity {@code T}, named by a getter method reference (checked by javac, followed by
 * refactoring), from which {@link Criterion}s and {@link Ordering}s are made. This is Cairn's one
 * form of typed criteria; there is no generated metamodel.
 *
 * <pre>{@code
 * Criteria.of(User::getUsername).eq("john")            // username = ?
 * Criteria.of(User::getAge).between(18, 65)            // age BETWEEN ? AND ?
 * Criteria.of(User::getAge).desc().nullsLast()         // ORDER BY age DESC NULLS LAST
 * Criteria.<User, Object>named("address.city").eq("Oslo")   // by name, e.g. an embedded path
 * Criteria.<Book, Object>named("author.name").eq("Ann")    // through a relationship: EXISTS
 * Criteria.any(User::getAddresses, Criteria.of(Address::getCity).eq("Oslo"))
 * Criteria.has(Address::getUser, Criteria.of(User::getName).eq("Ann"))
 * }</pre>
 *
 * <p>A dotted name whose first segment is a relationship (and not an embedded value) is a path
 * through it: {@code named("author.name").eq(x)} is {@code has(author, name = x)} for a reference
 * and {@code any(addresses, city = x)} for a collection, rendered as a correlated {@code EXISTS},
 * so the result holds each entity once. Paths may go several hops deep ({@code
 * "order.customer.name"}).
 *
 * <p>Values are compared as the property holds them: a converted property's converter turns them
 * into column values, and every value is a bound parameter. A value of another type than the
 * property's fails with a {@link CairnException} naming both types.
 *
 * @param <T> the entity type
 * @param <V> the property's Java type
 */
public final class Criteria<T, V> {

  private final String name;
  private final @Nullable String source;
  private final @Nullable Class<?> entity;
  private final @Nullable String alias;

  private Criteria(
      String name, @Nullable String source, @Nullable Class<?> entity, @Nullable String alias) {
    this.name = name;
    this.source = source;
    this.entity = entity;
    this.alias = alias;
  }

  /**
   * The property whose getter {@code getter} is, e.g. {@code User::getUsername}. In a query that
   * joins the getter's entity once ({@link Query#join}), a getter of that entity means the joined
   * entity's property: {@code query(Book.class).join(Book::getAuthor)
   * .filter(Criteria.of(Author::getName).eq("Ann"))}.
   */
  public static <T, V> Criteria<T, V> of(Getter<T, V> getter) {
    GetterNames.Resolved resolved = GetterNames.resolve(getter);
    return new Criteria<>(resolved.property(), resolved.source(), resolved.entity(), null);
  }

  /**
   * The property {@code getter} reads, of the entity a query joins under {@code alias}: {@code
   * query(Category.class).join(Category::getParent, "parent") .filter(Criteria.of("parent",
   * Category::getName).eq("Books"))} — for an entity joined twice, or joined to itself.
   */
  public static <T, V> Criteria<T, V> of(String alias, Getter<T, V> getter) {
    GetterNames.Resolved resolved = GetterNames.resolve(getter);
    return new Criteria<>(resolved.property(), resolved.source(), resolved.entity(), alias);
  }

  /**
   * The property named {@code property} (a dotted path inside embedded values); not type-checked.
   * In a query with joins ({@link Query#join}), a path starting with a join's name means that
   * join's row: {@code named("author.name")} after {@code join("author")}; otherwise a path through
   * a relationship is a correlated EXISTS (see the class description).
   */
  public static <T, V> Criteria<T, V> named(String property) {
    return new Criteria<>(property, null, null, null);
  }

  /**
   * Entities whose collection {@code collection} holds at least one element matching {@code
   * criterion} (SQLAlchemy's {@code any()}): a correlated {@code EXISTS (SELECT … FROM target WHERE
   * target.fk = owner.id AND …)}, through the association table for a many-to-many.
   */
  public static <T, R> Criterion<T> any(
      Getter<T, ? extends Collection<R>> collection, Criterion<R> criterion) {
    String relationship = GetterNames.resolve(collection).property();
    return model -> RelatedExists.of(model, relationship, true, criterion);
  }

  /** Entities whose collection {@code collection} is not empty. */
  public static <T, R> Criterion<T> any(Getter<T, ? extends Collection<R>> collection) {
    String relationship = GetterNames.resolve(collection).property();
    return model -> RelatedExists.of(model, relationship, true, null);
  }

  /** {@link #any(Getter, Criterion)} with the collection named as a string. */
  public static <T> Criterion<T> any(String collection, Criterion<?> criterion) {
    return model -> RelatedExists.of(model, collection, true, criterion);
  }

  /**
   * Entities whose reference {@code reference} (a many-to-one or one-to-one) is set to an entity
   * matching {@code criterion} (SQLAlchemy's {@code has()}): a correlated {@code EXISTS}.
   */
  public static <T, R> Criterion<T> has(Getter<T, R> reference, Criterion<R> criterion) {
    String relationship = GetterNames.resolve(reference).property();
    return model -> RelatedExists.of(model, relationship, false, criterion);
  }

  /** {@link #has(Getter, Criterion)} with the reference named as a string. */
  public static <T> Criterion<T> has(String reference, Criterion<?> criterion) {
    return model -> RelatedExists.of(model, reference, false, criterion);
  }

  /** The property's name. */
  public String propertyName() {
    return name;
  }

  /**
   * The mapped property of {@code model} this names; a {@link CairnException} naming the entity,
   * the property and the known properties when there is none.
   */
  public PropertyModel resolve(EntityModel<?> model) {
    PropertyModel property = model.findProperty(name);
    if (property != null) {
      return property;
    }
    List<String> known = model.columnProperties().stream().map(PropertyModel::name).toList();
    if (source != null) {
      throw new CairnException(
          source
              + " is not the getter of a mapped column property of entity "
              + model.name()
              + " (it would name '"
              + name
              + "'); use a getter of one of "
              + known);
    }
    throw new CairnException(
        "Entity "
            + model.name()
            + " has no column property '"
            + name
            + "'; its properties are "
            + known
            + (model.findRelationship(name) != null
                ? " ('"
                    + name
                    + "' is a relationship; filter on a property through it with a path such as '"
                    + name
                    + ".id', or with Criteria.has / Criteria.any)"
                : ""));
  }

  /**
   * {@code value} as stored in this property's column of {@code model}: type-checked against the
   * property's Java type, then converted by its converter, if any.
   */
  public @Nullable Object toColumnValue(EntityModel<?> model, @Nullable Object value) {
    RelationshipModel hop = hop(model);
    if (hop != null) {
      return rest().toColumnValue(hop.target(), value);
    }
    PropertyModel property = resolve(model);
    if (value == null) {
      return null;
    }
    Class<?> expected = wrap(property.javaType());
    if (!expected.isInstance(value)) {
      throw new CairnException(
          "Property "
              + model.name()
              + "."
              + name
              + " is of type "
              + expected.getName()
              + " but the value given is of type "
              + value.getClass().getName()
              + "; pass a value of type "
              + expected.getSimpleName()
              + " (convert it first)");
    }
    return property.toColumnValue(value);
  }

  /** {@code property = value}; null means IS NULL. */
  public Criterion<T> eq(@Nullable V value) {
    return at((c, model) -> c.column(model).eq(c.toColumnValue(model, value)));
  }

  /** {@code property <> value}; null means IS NOT NULL. */
  public Criterion<T> ne(@Nullable V value) {
    return at((c, model) -> c.column(model).ne(c.toColumnValue(model, value)));
  }

  /** {@code property < value}. */
  public Criterion<T> lt(V value) {
    return at((c, model) -> c.column(model).lt(c.toColumnValue(model, value)));
  }

  /** {@code property <= value}. */
  public Criterion<T> le(V value) {
    return at((c, model) -> c.column(model).le(c.toColumnValue(model, value)));
  }

  /** {@code property > value}. */
  public Criterion<T> gt(V value) {
    return at((c, model) -> c.column(model).gt(c.toColumnValue(model, value)));
  }

  /** {@code property >= value}. */
  public Criterion<T> ge(V value) {
    return at((c, model) -> c.column(model).ge(c.toColumnValue(model, value)));
  }

  /** {@code property BETWEEN low AND high}. */
  public Criterion<T> between(V low, V high) {
    return at(
        (c, model) ->
            c.column(model).between(c.toColumnValue(model, low), c.toColumnValue(model, high)));
  }

  /** {@code property IN (…)}; an empty collection matches nothing. */
  public Criterion<T> in(Collection<? extends V> values) {
    List<? extends V> copy = List.copyOf(values);
    return at((c, model) -> c.column(model).in(c.columnValues(model, copy)));
  }

  /** {@code property IN (…)}. */
  @SafeVarargs
  public final Criterion<T> in(V... values) {
    return in(Arrays.asList(values));
  }

  /** {@code property NOT IN (…)}; an empty collection matches everything. */
  public Criterion<T> notIn(Collection<? extends V> values) {
    List<? extends V> copy = List.copyOf(values);
    return at((c, model) -> c.column(model).notIn(c.columnValues(model, copy)));
  }

  /** {@code property IS NULL}. */
  public Criterion<T> isNull() {
    return at((c, model) -> c.column(model).isNull());
  }

  /** {@code property IS NOT NULL}. */
  public Criterion<T> isNotNull() {
    return at((c, model) -> c.column(model).isNotNull());
  }

  /** {@code property LIKE pattern}; {@code %} and {@code _} are wildcards. */
  public Criterion<T> like(String pattern) {
    return at((c, model) -> c.column(model).like(pattern));
  }

  /** {@code property NOT LIKE pattern}. */
  public Criterion<T> notLike(String pattern) {
    return at((c, model) -> c.column(model).notLike(pattern));
  }

  /** Case-insensitive LIKE (ILIKE where the database has it, else LOWER on both sides). */
  public Criterion<T> ilike(String pattern) {
    return at((c, model) -> c.column(model).ilike(pattern));
  }

  /** The property starts with {@code prefix}, wildcards in it matched literally. */
  public Criterion<T> startsWith(String prefix) {
    return at((c, model) -> c.column(model).startsWith(prefix));
  }

  /** The property ends with {@code suffix}, wildcards in it matched literally. */
  public Criterion<T> endsWith(String suffix) {
    return at((c, model) -> c.column(model).endsWith(suffix));
  }

  /** The property contains {@code part}, wildcards in it matched literally. */
  public Criterion<T> contains(String part) {
    return at((c, model) -> c.column(model).contains(part));
  }

  /** Ascending order by this property. */
  public Ordering<T> asc() {
    return new Ordering<>(this, SortOrder.Direction.ASC, SortOrder.Nulls.DEFAULT);
  }

  /** Descending order by this property. */
  public Ordering<T> desc() {
    return new Ordering<>(this, SortOrder.Direction.DESC, SortOrder.Nulls.DEFAULT);
  }

  /**
   * The condition {@code leaf} makes for this property of {@code model}; a path through a
   * relationship ({@code "author.name"}) becomes an EXISTS over the related entity, hop by hop.
   */
  private Criterion<T> at(BiFunction<Criteria<?, V>, EntityModel<?>, Condition> leaf) {
    return new PropertyCriterion<>(this, leaf);
  }

  /** The condition {@code leaf} makes for this property where it lives in {@code scope}. */
  Condition condition(JoinScope scope, BiFunction<Criteria<?, V>, EntityModel<?>, Condition> leaf) {
    Located<V> located = locate(scope);
    if (located == null) {
      return condition(scope.root(), leaf);
    }
    JoinedEntity join = located.join();
    return join.table().adapt(located.property().condition(join.model(), leaf));
  }

  Condition condition(
      EntityModel<?> model, BiFunction<Criteria<?, V>, EntityModel<?>, Condition> leaf) {
    RelationshipModel hop = hop(model);
    if (hop != null) {
      return RelatedExists.of(model, hop, rest().condition(hop.target(), leaf));
    }
    return leaf.apply(this, model);
  }

  /** The relationship of {@code model} the first segment of a dotted path names, or null. */
  private @Nullable RelationshipModel hop(EntityModel<?> model) {
    int dot = name.indexOf('.');
    if (dot <= 0 || model.findProperty(name) != null) {
      return null;
    }
    return model.findRelationship(name.substring(0, dot));
  }

  private Criteria<?, V> rest() {
    return new Criteria<>(name.substring(name.indexOf('.') + 1), source, null, null);
  }

  /** Where this property lives in a query's joins: a join and the property relative to it. */
  record Located<V>(JoinedEntity join, Criteria<?, V> property) {}

  /** See {@link CriteriaJoins#locate}. */
  @Nullable Located<V> locate(JoinScope scope) {
    return CriteriaJoins.locate(this, scope);
  }

  String name() {
    return name;
  }

  @Nullable String alias() {
    return alias;
  }

  @Nullable Class<?> entity() {
    return entity;
  }

  /** The property {@code name} named the way this one is (same getter text), not aliased. */
  Criteria<?, V> unaliased(String propertyName) {
    return new Criteria<>(propertyName, source, null, null);
  }

  @SuppressWarnings("unchecked")
  private Expression<@Nullable Object> column(EntityModel<?> model) {
    return (Expression<@Nullable Object>) resolve(model).column();
  }

  private List<@Nullable Object> columnValues(EntityModel<?> model, List<? extends V> values) {
    List<@Nullable Object> converted = new ArrayList<>(values.size());
    for (V value : values) {
      converted.add(toColumnValue(model, value));
    }
    return converted;
  }

  static Class<?> wrap(Class<?> type) {
    return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
  }

  @Override
  public String toString() {
    return source != null ? source : name;
  }
}
