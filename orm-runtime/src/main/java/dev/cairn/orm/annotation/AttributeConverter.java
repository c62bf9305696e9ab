package dev.cairn.orm.annotation;

import org.jspecify.annotations.Nullable;

/**
 * Converts a field's value to the value stored in its column and back, for types Cairn does not map
 * itself. Name it with {@link Convert} on a field, or register it for a Java type when the mapping
 * is built. The column's SQL type is the one Cairn maps for {@code D} (with the field's {@link
 * Column} length, precision and scale), read from the implementing class's type arguments; so a
 * converter class must implement this interface with concrete type arguments:
 *
 * <pre>{@code
 * final class MoneyConverter implements AttributeConverter<Money, BigDecimal> {
 *   public BigDecimal toColumn(Money money) { return money.amount(); }
 *   public Money toAttribute(BigDecimal amount) { return new Money(amount); }
 * }
 * }</pre>
 *
 * <p>Neither method is called with null: NULL stays null in both directions. Converters are created
 * once (through a no-argument constructor of any visibility) and shared; keep them stateless.
 *
 * @param <A> the field's type
 * @param <D> the column's Java type, one Cairn maps (String, Long, BigDecimal, …)
 */
public interface AttributeConverter<A, D> {

  /** The value to store for the field value {@code attribute}. */
  @Nullable D toColumn(A attribute);

  /** The field value for the stored value {@code column}. */
  @Nullable A toAttribute(D column);
}
