package dev.cairn.orm.mapping;

import dev.cairn.orm.annotation.AttributeConverter;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.annotation.Column;
import dev.cairn.orm.annotation.Convert;
import dev.cairn.orm.annotation.Embeddable;
import dev.cairn.orm.annotation.Embedded;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.EnumType;
import dev.cairn.orm.annotation.Enumerated;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.GenerationStrategy;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.MappedSuperclass;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.annotation.Transient;
import dev.cairn.orm.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Entity classes shared by the mapping tests. */
final class MappingFixtures {

  private MappingFixtures() {}

  enum Status {
    ACTIVE,
    SUSPENDED
  }

  /** A money value converted to a numeric column. */
  record Money(BigDecimal amount) {}

  static final class MoneyConverter implements AttributeConverter<Money, BigDecimal> {
    private MoneyConverter() {}

    @Override
    public BigDecimal toColumn(Money attribute) {
      return attribute.amount();
    }

    @Override
    public Money toAttribute(BigDecimal column) {
      return new Money(column);
    }
  }

  @MappedSuperclass
  abstract static class Audited {
    @Id @GeneratedValue Long id;
    protected Instant createdAt;
    private Instant updatedAt;

    Instant updatedAt() {
      return updatedAt;
    }
  }

  @Embeddable
  static final class Address {
    private String street;
    String city;

    @Column(length = 10)
    String postalCode;

    Address() {}

    Address(String street, String city, String postalCode) {
      this.street = street;
      this.city = city;
      this.postalCode = postalCode;
    }

    String street() {
      return street;
    }
  }

  @Entity
  @Table(name = "customers")
  static class Customer extends Audited {
    @Column(length = 100, nullable = false, unique = true)
    private String email;

    protected String displayName;
    int loginCount;
    boolean active;
    Status status;

    @Enumerated(EnumType.ORDINAL)
    Status ordinalStatus;

    @Column(precision = 12, scale = 3)
    BigDecimal balance;

    @Convert(converter = MoneyConverter.class)
    Money credit;

    @Column(length = Column.UNBOUNDED)
    String notes;

    LocalDate birthDate;
    byte[] avatar;

    @Embedded Address homeAddress;

    @Embedded(prefix = "bill_")
    Address billingAddress;

    @Version int version;

    @Column(insertable = false, updatable = false)
    String computed;

    @Transient String scratch;
    transient String cache;
    static String shared = "static";

    @OneToMany(
        mappedBy = "customer",
        cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    List<PurchaseOrder> orders = new ArrayList<>();

    Customer() {}

    String email() {
      return email;
    }

    void email(String value) {
      email = value;
    }
  }

  @Entity
  static class PurchaseOrder {
    @Id
    @GeneratedValue(strategy = GenerationStrategy.SEQUENCE)
    long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    Customer customer;

    @ManyToMany
    @JoinTable(name = "order_tags")
    Set<Tag> tags;

    LocalDate orderedOn;
  }

  @Entity(name = "Label")
  record Tag(@Id @GeneratedValue(strategy = GenerationStrategy.UUID) UUID id, String name) {}

  /** A record embeddable whose first component has an explicit (unprefixed) column name. */
  @Embeddable
  record GeoPoint(@Column(name = "lat") Double latitude, Double longitude) {}

  /** An embeddable nesting another. */
  @Embeddable
  static final class Location {
    String label;
    @Embedded GeoPoint point;
  }

  @Entity
  static class Place {
    @Id int id;
    @Embedded Location location;
  }

  /** A composite key of two fields. */
  @Entity
  static final class OrderLine {
    @Id final long orderId;
    @Id final int lineNo;
    final String product;
    final short quantity;

    OrderLine(long orderId, int lineNo, String product, short quantity) {
      this.orderId = orderId;
      this.lineNo = lineNo;
      this.product = product;
      this.quantity = quantity;
    }
  }
}
