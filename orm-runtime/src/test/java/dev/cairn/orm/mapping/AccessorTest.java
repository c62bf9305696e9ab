package dev.cairn.orm.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.orm.mapping.MappingFixtures.Address;
import dev.cairn.orm.mapping.MappingFixtures.Customer;
import dev.cairn.orm.mapping.MappingFixtures.GeoPoint;
import dev.cairn.orm.mapping.MappingFixtures.Location;
import dev.cairn.orm.mapping.MappingFixtures.Money;
import dev.cairn.orm.mapping.MappingFixtures.OrderLine;
import dev.cairn.orm.mapping.MappingFixtures.Place;
import dev.cairn.orm.mapping.MappingFixtures.PurchaseOrder;
import dev.cairn.orm.mapping.MappingFixtures.Status;
import dev.cairn.orm.mapping.MappingFixtures.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The prebuilt accessors and instantiators: private, protected and package fields, primitives,
 * records, constructors taking every field, embedded values and converters.
 */
class AccessorTest {

  private final MappingModel model =
      MappingModel.of(Customer.class, PurchaseOrder.class, Tag.class, OrderLine.class, Place.class);
  private final EntityModel<Customer> customers = model.entity(Customer.class);

  @Test
  void readsAndWritesFieldsOfEveryVisibility() {
    Customer customer = new Customer();
    customers.property("email").set(customer, "ann@example.com"); // private
    customers.property("displayName").set(customer, "Ann"); // protected
    customers.property("loginCount").set(customer, 3); // package-private primitive
    customers.property("updatedAt").set(customer, Instant.EPOCH); // private, in superclass
    customers.property("id").set(customer, 7L);

    assertThat(customer.email()).isEqualTo("ann@example.com");
    assertThat(customer.displayName).isEqualTo("Ann");
    assertThat(customer.loginCount).isEqualTo(3);
    assertThat(customer.updatedAt()).isEqualTo(Instant.EPOCH);
    assertThat(customers.property("email").get(customer)).isEqualTo("ann@example.com");
    assertThat(customers.property("loginCount").get(customer)).isEqualTo(3);
    assertThat(customers.identifier(customer)).isEqualTo(7L);
  }

  @Test
  void primitivesRejectNullAndWrongTypesAreNamed() {
    Customer customer = new Customer();
    assertThatThrownBy(() -> customers.property("loginCount").set(customer, null))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("Field Customer.loginCount is a primitive int and cannot take null");
    assertThatThrownBy(() -> customers.property("email").set(customer, 42))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("Field Customer.email is a java.lang.String and cannot take a")
        .hasMessageContaining("java.lang.Integer");
    assertThatThrownBy(() -> customers.property("email").get("not a customer"))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("Cannot read Customer.email from a java.lang.String");
  }

  @Test
  void instantiatesFromColumnValuesThroughTheNoArgConstructor() {
    Object[] values = new Object[customers.columnProperties().size()];
    values[index("id")] = 5L;
    values[index("email")] = "bo@example.com";
    values[index("loginCount")] = 9;
    values[index("active")] = true;
    values[index("status")] = Status.SUSPENDED;
    values[index("ordinalStatus")] = 1;
    values[index("credit")] = new BigDecimal("12.50");
    values[index("birthDate")] = LocalDate.of(1990, 1, 2);
    values[index("homeAddress.city")] = "Lyon";
    values[index("version")] = 4;

    Customer customer = customers.instantiate(values);

    assertThat(customer.id).isEqualTo(5L);
    assertThat(customer.email()).isEqualTo("bo@example.com");
    assertThat(customer.loginCount).isEqualTo(9);
    assertThat(customer.active).isTrue();
    assertThat(customer.status).isEqualTo(Status.SUSPENDED);
    assertThat(customer.ordinalStatus).isEqualTo(Status.SUSPENDED);
    assertThat(customer.credit).isEqualTo(new Money(new BigDecimal("12.50")));
    assertThat(customer.homeAddress.city).isEqualTo("Lyon");
    assertThat(customer.homeAddress.street()).isNull();
    assertThat(customer.billingAddress).as("all-null embedded columns load as null").isNull();
    assertThat(customer.version).isEqualTo(4);
    assertThat(customer.orders).as("relationship keeps its initial value").isEmpty();

    assertThat(customers.columnValues(customer)).containsExactly(values);
  }

  @Test
  void columnValuesConvertAndFlattenEmbeddedValues() {
    Customer customer = new Customer();
    customer.homeAddress = new Address("Main St 1", "Oslo", "0150");
    customer.credit = new Money(BigDecimal.ONE);
    customer.ordinalStatus = Status.ACTIVE;
    Object[] values = customers.columnValues(customer);
    assertThat(values[index("homeAddress.street")]).isEqualTo("Main St 1");
    assertThat(values[index("homeAddress.postalCode")]).isEqualTo("0150");
    assertThat(values[index("billingAddress.city")]).isNull();
    assertThat(values[index("credit")]).isEqualTo(BigDecimal.ONE);
    assertThat(values[index("ordinalStatus")]).isEqualTo(0);
    assertThat(customers.property("homeAddress.city").get(customer)).isEqualTo("Oslo");
    assertThat(customers.property("billingAddress.city").get(customer)).isNull();
    customers.property("homeAddress.city").set(customer, "Bergen");
    assertThat(customer.homeAddress.city).isEqualTo("Bergen");
    assertThatThrownBy(() -> customers.property("billingAddress.city").set(customer, "x"))
        .hasMessageContaining("the embedded value holding it is null");
    customers.embeddeds().get(1).set(customer, new Address("a", "b", "c"));
    assertThat(customers.property("billingAddress.city").get(customer)).isEqualTo("b");
  }

  @Test
  void fillOverwritesAnExistingInstance() {
    Customer customer = new Customer();
    customer.displayName = "old";
    Object[] values = new Object[customers.columnProperties().size()];
    values[index("id")] = 1L;
    values[index("displayName")] = "new";
    assertThatThrownBy(() -> customers.fill(customer, values))
        .hasMessageContaining("Field Customer.loginCount is a primitive int and cannot take null");
    values[index("loginCount")] = 0;
    values[index("active")] = false;
    values[index("version")] = 1;
    customers.fill(customer, values);
    assertThat(customer.displayName).isEqualTo("new");
    assertThat(customers.fillable()).isTrue();
  }

  @Test
  void recordsAreBuiltThroughTheirCanonicalConstructor() {
    EntityModel<Tag> tags = model.entity(Tag.class);
    UUID id = UUID.randomUUID();
    Tag tag = tags.instantiate(new Object[] {id, "sale"});
    assertThat(tag).isEqualTo(new Tag(id, "sale"));
    assertThat(tags.columnValues(tag)).containsExactly(id, "sale");
    assertThat(tags.property("name").settable()).isFalse();
    assertThat(tags.fillable()).isFalse();
    assertThatThrownBy(() -> tags.fill(tag, new Object[] {id, "x"}))
        .hasMessageContaining("Entity Label is a record or has final fields");
    assertThatThrownBy(() -> tags.property("name").set(tag, "x"))
        .hasMessageContaining("Field Tag.name is final and cannot be set");
  }

  @Test
  void finalFieldsAreSetThroughAConstructorTakingEveryField() {
    EntityModel<OrderLine> lines = model.entity(OrderLine.class);
    OrderLine line = lines.instantiate(new Object[] {3L, 1, "bolt", (short) 12});
    assertThat(line.orderId).isEqualTo(3L);
    assertThat(line.lineNo).isEqualTo(1);
    assertThat(line.product).isEqualTo("bolt");
    assertThat(line.quantity).isEqualTo((short) 12);
    assertThatThrownBy(() -> lines.instantiate(new Object[] {3L, null, "bolt", (short) 1}))
        .hasMessageContaining("column order_line.line_no is NULL but its field is a primitive int");
    assertThatThrownBy(() -> lines.instantiate(new Object[] {3L}))
        .hasMessageContaining("Entity OrderLine has 4 column properties");
  }

  @Test
  void nestedEmbeddedValuesAndRecordEmbeddables() {
    EntityModel<Place> places = model.entity(Place.class);
    Place place = places.instantiate(new Object[] {1, "harbour", 59.9, 10.7});
    assertThat(place.location.label).isEqualTo("harbour");
    assertThat(place.location.point).isEqualTo(new GeoPoint(59.9, 10.7));
    assertThat(places.columnValues(place)).containsExactly(1, "harbour", 59.9, 10.7);
    Place bare = places.instantiate(new Object[] {2, "pier", null, null});
    assertThat(bare.location.point).isNull();
    Place empty = places.instantiate(new Object[] {3, null, null, null});
    assertThat(empty.location).isNull();
    assertThat(places.columnValues(empty)).containsExactly(3, null, null, null);
    assertThat(places.property("location.point.latitude").get(place)).isEqualTo(59.9);
    Location location = (Location) places.embeddeds().get(0).get(place);
    assertThat(location).isSameAs(place.location);
  }

  @Test
  void relationshipAccessors() {
    EntityModel<PurchaseOrder> orders = model.entity(PurchaseOrder.class);
    PurchaseOrder order = new PurchaseOrder();
    Customer customer = new Customer();
    RelationshipModel owner = orders.findRelationship("customer");
    owner.set(order, customer);
    assertThat(order.customer).isSameAs(customer);
    assertThat(owner.get(order)).isSameAs(customer);
    RelationshipModel children = customers.findRelationship("orders");
    children.set(customer, List.of(order));
    assertThat(customer.orders).containsExactly(order);
  }

  @Test
  void compositeIdentifierIsNullUntilComplete() {
    EntityModel<Customer> model2 = customers;
    assertThat(model2.identifier(new Customer())).isNull();
    assertThat(model.entity(OrderLine.class).identifier(new OrderLine(1, 2, "x", (short) 1)))
        .isEqualTo(Arrays.asList(1L, 2));
  }

  private int index(String property) {
    return customers.property(property).index();
  }
}
