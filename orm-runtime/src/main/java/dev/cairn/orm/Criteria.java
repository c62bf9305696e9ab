package dev.cairn.orm;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.SortOrder;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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
 * }</pre>
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

  private Criteria(String name, @Nullable String source) {
    this.name = name;
    this.source = source;
  }

  /** The property whose getter {@code getter} is, e.g. {@code User::getUsername}. */
  public static <T, V> Criteria<T, V> of(Getter<T, V> getter) {
    GetterNames.Resolved resolved = GetterNames.resolve(getter);
    return new Criteria<>(resolved.property(), resolved.source());
  }

  /**
   * The property named {@code property} (a dotted path inside embedded values); not type-checked.
   */
  public static <T, V> Criteria<T, V> named(String property) {
    return new Criteria<>(property, null);
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
                ? " ('" + name + "' is a relationship; filter on its key column property)"
                : ""));
  }

  /**
   * {@code value} as stored in this property's column of {@code model}: type-checked against the
   * property's Java type, then converted by its converter, if any.
   */
  public @Nullable Object toColumnValue(EntityModel<?> model, @Nullable Object value) {
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
              + "; pass a "
              + expected.getSimpleName());
    }
    return property.toColumnValue(value);
  }

  /** {@code property = value}; null means IS NULL. */
  public Criterion<T> eq(@Nullable V value) {
    return model -> column(model).eq(toColumnValue(model, value));
  }

  /** {@code property <> value}; null means IS NOT NULL. */
  public Criterion<T> ne(@Nullable V value) {
    return model -> column(model).ne(toColumnValue(model, value));
  }

  /** {@code property < value}. */
  public Criterion<T> lt(V value) {
    return model -> column(model).lt(toColumnValue(model, value));
  }

  /** {@code property <= value}. */
  public Criterion<T> le(V value) {
    return model -> column(model).le(toColumnValue(model, value));
  }

  /** {@code property > value}. */
  public Criterion<T> gt(V value) {
    return model -> column(model).gt(toColumnValue(model, value));
  }

  /** {@code property >= value}. */
  public Criterion<T> ge(V value) {
    return model -> column(model).ge(toColumnValue(model, value));
  }

  /** {@code property BETWEEN low AND high}. */
  public Criterion<T> between(V low, V high) {
    return model -> column(model).between(toColumnValue(model, low), toColumnValue(model, high));
  }

  /** {@code property IN (…)}; an empty collection matches nothing. */
  public Criterion<T> in(Collection<? extends V> values) {
    List<? extends V> copy = List.copyOf(values);
    return model -> column(model).in(columnValues(model, copy));
  }

  /** {@code property IN (…)}. */
  @SafeVarargs
  public final Criterion<T> in(V... values) {
    return in(Arrays.asList(values));
  }

  /** {@code property NOT IN (…)}; an empty collection matches everything. */
  public Criterion<T> notIn(Collection<? extends V> values) {
    List<? extends V> copy = List.copyOf(values);
    return model -> column(model).notIn(columnValues(model, copy));
  }

  /** {@code property IS NULL}. */
  public Criterion<T> isNull() {
    return model -> column(model).isNull();
  }

  /** {@code property IS NOT NULL}. */
  public Criterion<T> isNotNull() {
    return model -> column(model).isNotNull();
  }

  /** {@code property LIKE pattern}; {@code %} and {@code _} are wildcards. */
  public Criterion<T> like(String pattern) {
    return model -> column(model).like(pattern);
  }

  /** {@code property NOT LIKE pattern}. */
  public Criterion<T> notLike(String pattern) {
    return model -> column(model).notLike(pattern);
  }

  /** Case-insensitive LIKE (ILIKE where the database has it, else LOWER on both sides). */
  public Criterion<T> ilike(String pattern) {
    return model -> column(model).ilike(pattern);
  }

  /** The property starts with {@code prefix}, wildcards in it matched literally. */
  public Criterion<T> startsWith(String prefix) {
    return model -> column(model).startsWith(prefix);
  }

  /** The property ends with {@code suffix}, wildcards in it matched literally. */
  public Criterion<T> endsWith(String suffix) {
    return model -> column(model).endsWith(suffix);
  }

  /** The property contains {@code part}, wildcards in it matched literally. */
  public Criterion<T> contains(String part) {
    return model -> column(model).contains(part);
  }

  /** Ascending order by this property. */
  public Ordering<T> asc() {
    return new Ordering<>(this, SortOrder.Direction.ASC, SortOrder.Nulls.DEFAULT);
  }

  /** Descending order by this property. */
  public Ordering<T> desc() {
    return new Ordering<>(this, SortOrder.Direction.DESC, SortOrder.Nulls.DEFAULT);
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
