package dev.cairn.spring.data.query;

import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Sql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.query.parser.Part;

/**
 * The conditions of derived-query parts with {@code IgnoreCase}: {@code LOWER} on the column and on
 * the value — {@code LOWER(?)} for equality, the value lowered before it is bound for patterns,
 * comparisons and {@code IN}; {@code Like} uses the dialect's case-insensitive LIKE.
 */
final class CaseInsensitive {

  private CaseInsensitive() {}

  /**
   * The condition of {@code type} on {@code column} with the operands {@code first} (a collection
   * for In / NotIn) and {@code second} (Between only).
   */
  static Condition condition(
      Part.Type type, Expression<String> column, @Nullable Object first, @Nullable Object second) {
    Expression<String> lowered = Sql.lower(column);
    return switch (type) {
      case SIMPLE_PROPERTY -> equal(column, lowered, first);
      case NEGATING_SIMPLE_PROPERTY -> equal(column, lowered, first).not();
      case LIKE -> column.ilike(text(first));
      case NOT_LIKE -> column.notIlike(text(first));
      case STARTING_WITH -> lowered.startsWith(lower(first));
      case ENDING_WITH -> lowered.endsWith(lower(first));
      case CONTAINING -> lowered.contains(lower(first));
      case NOT_CONTAINING -> lowered.contains(lower(first)).not();
      case IN -> lowered.in(lowerAll(first));
      case NOT_IN -> lowered.notIn(lowerAll(first));
      case IS_NULL -> column.isNull();
      case IS_NOT_NULL -> column.isNotNull();
      case LESS_THAN, BEFORE -> lowered.lt(lower(first));
      case LESS_THAN_EQUAL -> lowered.le(lower(first));
      case GREATER_THAN, AFTER -> lowered.gt(lower(first));
      case GREATER_THAN_EQUAL -> lowered.ge(lower(first));
      case BETWEEN -> lowered.between(lower(first), lower(second));
      default -> throw new IllegalStateException("checked at creation: " + type);
    };
  }

  private static Condition equal(
      Expression<String> column, Expression<String> lowered, @Nullable Object value) {
    if (value == null) {
      return column.isNull();
    }
    return lowered.eq(Sql.lower(Sql.value(column.type(), text(value))));
  }

  private static List<String> lowerAll(@Nullable Object values) {
    List<String> lowered = new ArrayList<>();
    for (Object value : (Collection<?>) values) {
      lowered.add(lower(value));
    }
    return lowered;
  }

  private static String text(@Nullable Object value) {
    return String.valueOf(value);
  }

  private static String lower(@Nullable Object value) {
    return text(value).toLowerCase(Locale.ROOT);
  }
}
