package dev.cairn.spring.data.query;

import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.Criterion;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.util.ClassUtils;

/**
 * One condition of a derived query ({@code TitleStartingWithIgnoreCase}), checked against the
 * mapping when the repository is created and turned into a {@link Criterion} per call.
 */
final class DerivedPart {

  private static final Set<Part.Type> UNSUPPORTED =
      Set.of(Part.Type.NEAR, Part.Type.WITHIN, Part.Type.REGEX, Part.Type.EXISTS);
  private static final Set<Part.Type> TEXT_PATTERNS =
      Set.of(
          Part.Type.LIKE,
          Part.Type.NOT_LIKE,
          Part.Type.STARTING_WITH,
          Part.Type.ENDING_WITH,
          Part.Type.CONTAINING,
          Part.Type.NOT_CONTAINING);

  private final Part.Type type;
  private final String path;
  private final boolean ignoreCase;
  private final int argument;
  private final @Nullable EntityModel<?> referenced;

  private DerivedPart(
      Part.Type type,
      String path,
      boolean ignoreCase,
      int argument,
      @Nullable EntityModel<?> referenced) {
    this.type = type;
    this.path = path;
    this.ignoreCase = ignoreCase;
    this.argument = argument;
    this.referenced = referenced;
  }

  /**
   * {@code part} checked against {@code model}: a supported keyword, a mapped property, and
   * parameters (from position {@code argument} of {@code parameterTypes}) that fit it.
   */
  static DerivedPart check(
      CairnQueryMethod method,
      Part part,
      EntityModel<?> model,
      MappingModel mapping,
      List<Class<?>> parameterTypes,
      int argument) {
    Part.Type type = part.getType();
    String path = part.getProperty().toDotPath();
    if (UNSUPPORTED.contains(type)) {
      throw method.failure(
          "the keyword " + keyword(type) + " (on property '" + path + "') is not supported",
          "use one of Is, Not, LessThan, GreaterThan, Between, Like, StartingWith, Containing,"
              + " In, IsNull, True, … or write the SQL with @Query");
    }
    int needed = part.getNumberOfArguments();
    if (argument + needed > parameterTypes.size()) {
      throw method.failure(
          "the condition on '"
              + path
              + "' ("
              + keyword(type)
              + ") needs "
              + (needed == 1 ? "parameter " : "parameters up to ")
              + (argument + needed)
              + " but the method declares "
              + parameterTypes.size(),
          "declare one parameter per condition value, in the order of the method name");
    }
    PropertyPaths.Target target = PropertyPaths.resolve(model, path);
    if (target == null) {
      throw method.failure(
          model.name() + " has no mapped property '" + path + "'",
          "use a mapped property (is it @Transient?); " + model.name() + " has " + names(model));
    }
    boolean emptiness = type == Part.Type.IS_EMPTY || type == Part.Type.IS_NOT_EMPTY;
    RelationshipModel relationship = target.relationship();
    if (relationship != null) {
      if (!emptiness || relationship.collectionType() == null) {
        throw method.failure(
            "'" + path + "' is a relationship, which " + keyword(type) + " cannot compare",
            "compare a property through it (e.g. '"
                + path
                + "."
                + relationship.target().idProperties().get(0).name()
                + "'), or use IsEmpty / IsNotEmpty on a collection");
      }
      return new DerivedPart(type, path, false, argument, null);
    }
    PropertyModel property = target.property();
    if (emptiness) {
      throw method.failure(
          "'" + path + "' is not a collection, so " + keyword(type) + " does not apply",
          "use IsNull / IsNotNull for a column property");
    }
    Class<?> propertyType = ClassUtils.resolvePrimitiveIfNecessary(property.javaType());
    boolean text = propertyType == String.class;
    Part.IgnoreCaseType ignore = part.shouldIgnoreCase();
    if (ignore == Part.IgnoreCaseType.ALWAYS && !text) {
      throw method.failure(
          "IgnoreCase on '" + path + "' of type " + propertyType.getSimpleName(),
          "use IgnoreCase on String properties only");
    }
    if (TEXT_PATTERNS.contains(type) && !text) {
      throw method.failure(
          keyword(type) + " on '" + path + "' of type " + propertyType.getSimpleName(),
          "use " + keyword(type) + " on String properties only");
    }
    if ((type == Part.Type.TRUE || type == Part.Type.FALSE) && propertyType != Boolean.class) {
      throw method.failure(
          keyword(type) + " on '" + path + "' of type " + propertyType.getSimpleName(),
          "use True / False on boolean properties only");
    }
    EntityModel<?> referenced = null;
    for (int i = 0; i < needed; i++) {
      Class<?> given = ClassUtils.resolvePrimitiveIfNecessary(parameterTypes.get(argument + i));
      boolean fits;
      if (type == Part.Type.IN || type == Part.Type.NOT_IN) {
        fits = Collection.class.isAssignableFrom(given) || given.isArray();
      } else if (property.isForeignKey() && mapping.findEntity(given) != null) {
        RelationshipModel reference = target.owner().findRelationship(lastSegment(path));
        fits = reference != null && reference.targetType().isAssignableFrom(given);
        referenced = mapping.entity(given);
      } else {
        fits = propertyType.isAssignableFrom(given) || given == Object.class;
      }
      if (!fits) {
        throw method.failure(
            "parameter "
                + (argument + i + 1)
                + " is a "
                + given.getSimpleName()
                + " but '"
                + path
                + "' with "
                + keyword(type)
                + " takes "
                + (type == Part.Type.IN || type == Part.Type.NOT_IN
                    ? "a Collection or an array of " + propertyType.getSimpleName()
                    : "a " + propertyType.getSimpleName()),
            "change the parameter's type or the method name");
      }
    }
    return new DerivedPart(
        type, path, text && ignore != Part.IgnoreCaseType.NEVER, argument, referenced);
  }

  /** How many parameter values this part takes. */
  int arguments() {
    return switch (type) {
      case BETWEEN -> 2;
      case IS_NULL, IS_NOT_NULL, IS_EMPTY, IS_NOT_EMPTY, TRUE, FALSE -> 0;
      default -> 1;
    };
  }

  /** This condition with the values at its positions of {@code values}. */
  <T> Criterion<T> criterion(@Nullable Object[] values) {
    if (ignoreCase) {
      return ignoringCase(values);
    }
    Criteria<T, Object> c = Criteria.named(path);
    return switch (type) {
      case SIMPLE_PROPERTY -> c.eq(value(values, 0));
      case NEGATING_SIMPLE_PROPERTY -> c.ne(value(values, 0));
      case LESS_THAN, BEFORE -> c.lt(required(values, 0));
      case LESS_THAN_EQUAL -> c.le(required(values, 0));
      case GREATER_THAN, AFTER -> c.gt(required(values, 0));
      case GREATER_THAN_EQUAL -> c.ge(required(values, 0));
      case BETWEEN -> c.between(required(values, 0), required(values, 1));
      case IS_NULL -> c.isNull();
      case IS_NOT_NULL -> c.isNotNull();
      case TRUE -> c.eq(Boolean.TRUE);
      case FALSE -> c.eq(Boolean.FALSE);
      case IN -> c.in(list(values[argument]));
      case NOT_IN -> c.notIn(list(values[argument]));
      case LIKE -> c.like(text(values));
      case NOT_LIKE -> c.notLike(text(values));
      case STARTING_WITH -> c.startsWith(text(values));
      case ENDING_WITH -> c.endsWith(text(values));
      case CONTAINING -> c.contains(text(values));
      case NOT_CONTAINING -> c.contains(text(values)).not();
      case IS_EMPTY -> this.<T>notEmpty().not();
      case IS_NOT_EMPTY -> this.<T>notEmpty();
      default -> throw new IllegalStateException("checked at creation: " + type);
    };
  }

  /** The condition with LOWER on the column and on the value. */
  private <T> Criterion<T> ignoringCase(@Nullable Object[] values) {
    return PropertyPaths.at(
        path,
        (model, name) -> {
          Expression<String> column = Sql.lower(stringColumn(model, name));
          return switch (type) {
            case SIMPLE_PROPERTY -> equalIgnoringCase(column, model, name, values[argument]);
            case NEGATING_SIMPLE_PROPERTY ->
                equalIgnoringCase(column, model, name, values[argument]).not();
            case LIKE -> stringColumn(model, name).ilike(text(values));
            case NOT_LIKE -> stringColumn(model, name).notIlike(text(values));
            case STARTING_WITH -> column.startsWith(lower(text(values)));
            case ENDING_WITH -> column.endsWith(lower(text(values)));
            case CONTAINING -> column.contains(lower(text(values)));
            case NOT_CONTAINING -> column.contains(lower(text(values))).not();
            case IN, NOT_IN -> {
              List<String> lowered = new ArrayList<>();
              for (Object value : list(values[argument])) {
                lowered.add(lower(String.valueOf(value)));
              }
              yield type == Part.Type.IN ? column.in(lowered) : column.notIn(lowered);
            }
            case IS_NULL -> column.isNull();
            case IS_NOT_NULL -> column.isNotNull();
            case LESS_THAN, BEFORE -> column.lt(lower(text(values)));
            case LESS_THAN_EQUAL -> column.le(lower(text(values)));
            case GREATER_THAN, AFTER -> column.gt(lower(text(values)));
            case GREATER_THAN_EQUAL -> column.ge(lower(text(values)));
            case BETWEEN ->
                column.between(
                    lower(String.valueOf(values[argument])),
                    lower(String.valueOf(values[argument + 1])));
            default -> throw new IllegalStateException("checked at creation: " + type);
          };
        });
  }

  private static Condition equalIgnoringCase(
      Expression<String> lowered, EntityModel<?> model, String name, @Nullable Object value) {
    if (value == null) {
      return stringColumn(model, name).isNull();
    }
    Expression<String> column = stringColumn(model, name);
    return lowered.eq(Sql.lower(Sql.value(column.type(), (String) value)));
  }

  /** The collection at the end of the path has at least one element. */
  private <T> Criterion<T> notEmpty() {
    int dot = path.lastIndexOf('.');
    String collection = path.substring(dot + 1);
    Criterion<T> any =
        model ->
            Criteria.any(collection, target -> target.idProperties().get(0).column().isNotNull())
                .toCondition(model);
    if (dot < 0) {
      return any;
    }
    return PropertyPaths.at(path, (model, name) -> any.toCondition(model));
  }

  private @Nullable Object value(@Nullable Object[] values, int offset) {
    Object value = values[argument + offset];
    if (value != null && referenced != null) {
      return referenced.identifier(value);
    }
    return value;
  }

  private Object required(@Nullable Object[] values, int offset) {
    Object value = value(values, offset);
    if (value == null) {
      throw new dev.cairn.core.CairnException(
          "The value for '" + path + "' with " + keyword(type) + " is null; pass a value");
    }
    return value;
  }

  private String text(@Nullable Object[] values) {
    return (String) required(values, 0);
  }

  private List<Object> list(@Nullable Object value) {
    if (value == null) {
      throw new dev.cairn.core.CairnException(
          "The values for '" + path + "' with " + keyword(type) + " are null; pass a collection");
    }
    List<Object> list = new ArrayList<>();
    if (value.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(value); i++) {
        list.add(Array.get(value, i));
      }
    } else {
      list.addAll((Collection<?>) value);
    }
    if (referenced != null) {
      list.replaceAll(referenced::identifier);
    }
    return list;
  }

  @SuppressWarnings("unchecked")
  private static Expression<String> stringColumn(EntityModel<?> model, String name) {
    return (Expression<String>) model.property(name).column();
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static String keyword(Part.Type type) {
    List<String> keywords = List.copyOf(type.getKeywords());
    return keywords.get(keywords.size() - 1);
  }

  private static List<String> names(EntityModel<?> model) {
    List<String> names = new ArrayList<>();
    model.columnProperties().forEach(p -> names.add(p.name()));
    model.relationships().forEach(r -> names.add(r.name()));
    return names;
  }
}
