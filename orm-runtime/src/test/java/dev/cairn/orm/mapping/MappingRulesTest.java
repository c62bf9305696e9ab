package dev.cairn.orm.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Sequence;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.annotation.GenerationStrategy;
import dev.cairn.orm.mapping.MappingFixtures.Customer;
import dev.cairn.orm.mapping.MappingFixtures.Money;
import dev.cairn.orm.mapping.MappingFixtures.OrderLine;
import dev.cairn.orm.mapping.MappingFixtures.PurchaseOrder;
import dev.cairn.orm.mapping.MappingFixtures.Status;
import dev.cairn.orm.mapping.MappingFixtures.Tag;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every mapping rule: names, types, nullability, keys, embedded values, converters, relationships.
 */
class MappingRulesTest {

  private final MappingModel model =
      MappingModel.of(Customer.class, PurchaseOrder.class, Tag.class, OrderLine.class);
  private final EntityModel<Customer> customer = model.entity(Customer.class);

  @Test
  void namesComeFromAnnotationsOrSnakeCase() {
    assertThat(customer.name()).isEqualTo("Customer");
    assertThat(customer.table().name()).isEqualTo("customers");
    assertThat(model.entity(PurchaseOrder.class).table().name()).isEqualTo("purchase_order");
    assertThat(model.entity(Tag.class).name()).isEqualTo("Label");
    assertThat(model.entity("Label").javaType()).isEqualTo(Tag.class);
    assertThat(model.metaData().tables())
        .extracting(t -> t.name())
        .containsExactly("customers", "purchase_order", "tag", "order_line", "order_tags");
  }

  @Test
  void columnsFollowDeclarationOrderWithMappedSuperclassFirst() {
    assertThat(customer.columnProperties())
        .extracting(PropertyModel::name)
        .containsExactly(
            "id",
            "createdAt",
            "updatedAt",
            "email",
            "displayName",
            "loginCount",
            "active",
            "status",
            "ordinalStatus",
            "balance",
            "credit",
            "notes",
            "birthDate",
            "avatar",
            "homeAddress.street",
            "homeAddress.city",
            "homeAddress.postalCode",
            "billingAddress.street",
            "billingAddress.city",
            "billingAddress.postalCode",
            "version",
            "computed");
    assertThat(customer.columnProperties())
        .extracting(PropertyModel::columnName)
        .containsExactly(
            "id",
            "created_at",
            "updated_at",
            "email",
            "display_name",
            "login_count",
            "active",
            "status",
            "ordinal_status",
            "balance",
            "credit",
            "notes",
            "birth_date",
            "avatar",
            "home_address_street",
            "home_address_city",
            "home_address_postal_code",
            "bill_street",
            "bill_city",
            "bill_postal_code",
            "version",
            "computed");
  }

  @Test
  void typesAndSizesHaveSensibleDefaults() {
    assertThat(type("id")).isEqualTo(SqlTypes.BIGINT);
    assertThat(type("createdAt")).isEqualTo(SqlTypes.INSTANT);
    assertThat(type("email")).isEqualTo(SqlTypes.varchar(100));
    assertThat(type("displayName")).isEqualTo(SqlTypes.varchar(255));
    assertThat(type("loginCount")).isEqualTo(SqlTypes.INTEGER);
    assertThat(type("active")).isEqualTo(SqlTypes.BOOLEAN);
    assertThat(type("status")).isEqualTo(SqlTypes.enumType(Status.class));
    assertThat(type("ordinalStatus")).isEqualTo(SqlTypes.INTEGER);
    assertThat(type("balance")).isEqualTo(SqlTypes.numeric(12, 3));
    assertThat(type("credit")).isEqualTo(SqlTypes.numeric(19, 2));
    assertThat(type("notes")).isEqualTo(SqlTypes.TEXT);
    assertThat(type("birthDate")).isEqualTo(SqlTypes.DATE);
    assertThat(type("avatar")).isEqualTo(SqlTypes.BINARY);
    assertThat(type("homeAddress.postalCode")).isEqualTo(SqlTypes.varchar(10));
    assertThat(model.entity(OrderLine.class).property("quantity").column().type())
        .isEqualTo(SqlTypes.SMALLINT);
    assertThat(model.entity(Tag.class).idProperty().column().type()).isEqualTo(SqlTypes.UUID_TYPE);
  }

  @Test
  void nullabilityFromPrimitivesIdsVersionsAndColumn() {
    assertThat(customer.property("id").nullable()).isFalse();
    assertThat(customer.property("email").nullable()).isFalse();
    assertThat(customer.property("loginCount").nullable()).isFalse();
    assertThat(customer.property("active").nullable()).isFalse();
    assertThat(customer.property("version").nullable()).isFalse();
    assertThat(customer.property("displayName").nullable()).isTrue();
    assertThat(customer.property("homeAddress.city").nullable()).isTrue();
    assertThat(customer.property("email").column().options().unique()).isTrue();
  }

  @Test
  void keysVersionAndGeneration() {
    PropertyModel id = customer.idProperty();
    assertThat(id.name()).isEqualTo("id");
    assertThat(id.generation()).isEqualTo(GenerationStrategy.IDENTITY);
    assertThat(id.generatedByDatabase()).isTrue();
    assertThat(id.column().options().identity()).isTrue();
    assertThat(customer.table().primaryKey()).containsExactly(id.column());
    assertThat(customer.versionProperty()).isSameAs(customer.property("version"));

    PropertyModel orderId = model.entity(PurchaseOrder.class).idProperty();
    assertThat(orderId.generation()).isEqualTo(GenerationStrategy.SEQUENCE);
    assertThat(orderId.column().options().sequence()).isEqualTo(new Sequence("purchase_order_seq"));
    assertThat(model.metaData().sequences()).containsExactly(new Sequence("purchase_order_seq"));

    PropertyModel tagId = model.entity(Tag.class).idProperty();
    assertThat(tagId.generatedByDatabase()).isFalse();
    assertThat(tagId.generateValue()).isInstanceOf(java.util.UUID.class);
    assertThat(tagId.column().options().clientDefault()).isNotNull();

    EntityModel<OrderLine> line = model.entity(OrderLine.class);
    assertThat(line.hasCompositeId()).isTrue();
    assertThat(line.idProperties())
        .extracting(PropertyModel::name)
        .containsExactly("orderId", "lineNo");
    List<Column<?>> key = line.table().primaryKey();
    assertThat(key).extracting(Column::name).containsExactly("order_id", "line_no");
    assertThat(line.identifier(new OrderLine(7, 2, "nail", (short) 3))).isEqualTo(List.of(7L, 2));
  }

  @Test
  void insertableAndUpdatableFlags() {
    assertThat(customer.property("computed").insertable()).isFalse();
    assertThat(customer.property("computed").updatable()).isFalse();
    assertThat(customer.property("email").insertable()).isTrue();
    assertThat(customer.property("email").updatable()).isTrue();
  }

  @Test
  void transientStaticAndRelationshipFieldsAreNotColumns() {
    assertThat(customer.findProperty("scratch")).isNull();
    assertThat(customer.findProperty("cache")).isNull();
    assertThat(customer.findProperty("shared")).isNull();
    assertThat(customer.findProperty("orders")).isNull();
    assertThat(customer.table().columns()).extracting(Column::name).doesNotContain("orders");
  }

  @Test
  void relationshipsAreRecordedWithTheirAnnotationData() {
    RelationshipModel orders = customer.findRelationship("orders");
    assertThat(orders).isNotNull();
    assertThat(orders.kind()).isEqualTo(RelationshipKind.ONE_TO_MANY);
    assertThat(orders.targetType()).isEqualTo(PurchaseOrder.class);
    assertThat(orders.collectionType()).isEqualTo(List.class);
    assertThat(orders.mappedBy()).isEqualTo("customer");
    assertThat(orders.cascades())
        .containsExactlyInAnyOrder(
            Cascade.SAVE_UPDATE, Cascade.MERGE, Cascade.DELETE, Cascade.DELETE_ORPHAN);
    assertThat(orders.cascades(Cascade.ALL)).isTrue();

    EntityModel<PurchaseOrder> order = model.entity(PurchaseOrder.class);
    RelationshipModel owner = order.findRelationship("customer");
    assertThat(owner.kind()).isEqualTo(RelationshipKind.MANY_TO_ONE);
    assertThat(owner.targetType()).isEqualTo(Customer.class);
    assertThat(owner.optional()).isFalse();
    assertThat(owner.joinColumnAnnotation().name()).isEqualTo("customer_id");
    assertThat(owner.owning()).isTrue();
    assertThat(owner.target()).isSameAs(customer);
    assertThat(owner.inverse()).isSameAs(orders);
    assertThat(orders.inverse()).isSameAs(owner);
    assertThat(orders.owning()).isFalse();
    assertThat(owner.foreignKeyColumns()).extracting(Column::name).containsExactly("customer_id");
    assertThat(orders.foreignKeyColumns()).isEqualTo(owner.foreignKeyColumns());
    assertThat(owner.foreignKeyColumns().get(0).nullable()).isFalse();
    assertThat(order.property("customer").isForeignKey()).isTrue();
    assertThat(owner.cascades()).containsExactlyInAnyOrder(Cascade.SAVE_UPDATE, Cascade.MERGE);
    assertThat(owner.cascades(Cascade.ALL)).isFalse();

    RelationshipModel tags = order.findRelationship("tags");
    assertThat(tags.kind()).isEqualTo(RelationshipKind.MANY_TO_MANY);
    assertThat(tags.collectionType()).isEqualTo(Set.class);
    assertThat(tags.targetType()).isEqualTo(Tag.class);
    assertThat(tags.joinTableAnnotation().name()).isEqualTo("order_tags");
    assertThat(tags.joinTable().name()).isEqualTo("order_tags");
    assertThat(tags.joinTableOwnerColumns())
        .extracting(Column::name)
        .containsExactly("purchase_order_id");
    assertThat(tags.joinTableTargetColumns()).extracting(Column::name).containsExactly("tag_id");
    assertThat(tags.mappedBy()).isNull();
    assertThat(order.table().columns())
        .extracting(Column::name)
        .containsExactly("id", "ordered_on", "customer_id");
  }

  @Test
  void embeddedValuesGroupTheirColumns() {
    assertThat(customer.embeddeds())
        .extracting(EmbeddedModel::name)
        .containsExactly("homeAddress", "billingAddress");
    EmbeddedModel home = customer.embeddeds().get(0);
    assertThat(home.javaType()).isEqualTo(MappingFixtures.Address.class);
    assertThat(home.columnProperties())
        .extracting(PropertyModel::columnName)
        .containsExactly("home_address_street", "home_address_city", "home_address_postal_code");
  }

  @Test
  void embeddedValuesNestAndKeepExplicitColumnNames() {
    EntityModel<MappingFixtures.Place> place =
        MappingModel.of(MappingFixtures.Place.class).entity(MappingFixtures.Place.class);
    assertThat(place.columnProperties())
        .extracting(PropertyModel::name)
        .containsExactly(
            "id", "location.label", "location.point.latitude", "location.point.longitude");
    assertThat(place.columnProperties())
        .extracting(PropertyModel::columnName)
        .containsExactly("id", "location_label", "lat", "location_point_longitude");
    EmbeddedModel location = place.embeddeds().get(0);
    assertThat(location.embeddeds())
        .extracting(EmbeddedModel::name)
        .containsExactly("location.point");
    assertThat(location.columnProperties()).hasSize(3);
  }

  @Test
  void convertersApplyInBothDirections() {
    PropertyModel credit = customer.property("credit");
    assertThat(credit.converter()).isInstanceOf(MappingFixtures.MoneyConverter.class);
    assertThat(credit.toColumnValue(new Money(java.math.BigDecimal.TEN)))
        .isEqualTo(java.math.BigDecimal.TEN);
    assertThat(credit.toAttributeValue(java.math.BigDecimal.ONE))
        .isEqualTo(new Money(java.math.BigDecimal.ONE));
    assertThat(credit.toColumnValue(null)).isNull();
    PropertyModel ordinal = customer.property("ordinalStatus");
    assertThat(ordinal.toColumnValue(Status.SUSPENDED)).isEqualTo(1);
    assertThat(ordinal.toAttributeValue(0)).isEqualTo(Status.ACTIVE);
    assertThat(customer.property("status").converter()).isNull();
  }

  @Test
  void versionsCountOrStamp() {
    assertThat(customer.nextVersion(null)).isEqualTo(1);
    assertThat(customer.nextVersion(41)).isEqualTo(42);
  }

  @Test
  void snakeCaseNaming() {
    assertThat(SnakeCaseNamingStrategy.snakeCase("createdAt")).isEqualTo("created_at");
    assertThat(SnakeCaseNamingStrategy.snakeCase("httpURL")).isEqualTo("http_url");
    assertThat(SnakeCaseNamingStrategy.snakeCase("URLValue")).isEqualTo("url_value");
    assertThat(SnakeCaseNamingStrategy.snakeCase("address2")).isEqualTo("address2");
    assertThat(SnakeCaseNamingStrategy.snakeCase("line2Text")).isEqualTo("line2_text");
    assertThat(SnakeCaseNamingStrategy.snakeCase("OrderLine")).isEqualTo("order_line");
    assertThat(SnakeCaseNamingStrategy.snakeCase("id")).isEqualTo("id");
  }

  @Test
  void namingStrategyIsReplaceable() {
    NamingStrategy upper =
        new NamingStrategy() {
          @Override
          public String tableName(Class<?> entityClass) {
            return "T_" + entityClass.getSimpleName().toUpperCase(java.util.Locale.ROOT);
          }

          @Override
          public String columnName(String fieldName) {
            return "C_" + fieldName.toUpperCase(java.util.Locale.ROOT);
          }
        };
    EntityModel<OrderLine> line =
        MappingModel.builder()
            .namingStrategy(upper)
            .entities(OrderLine.class)
            .build()
            .entity(OrderLine.class);
    assertThat(line.table().name()).isEqualTo("T_ORDERLINE");
    assertThat(line.table().columns())
        .extracting(Column::name)
        .containsExactly("C_ORDERID", "C_LINENO", "C_PRODUCT", "C_QUANTITY");
  }

  @Test
  void convertersCanBeRegisteredPerType() {
    EntityModel<WithMoney> withMoney =
        MappingModel.builder()
            .converter(Money.class, new PriceConverter())
            .entities(WithMoney.class)
            .build()
            .entity(WithMoney.class);
    assertThat(withMoney.property("price").column().type()).isEqualTo(SqlTypes.numeric(19, 2));
    assertThat(withMoney.property("price").toAttributeValue(java.math.BigDecimal.ONE))
        .isEqualTo(new Money(java.math.BigDecimal.ONE));
  }

  @Test
  void tablesJoinAGivenMetaData() {
    dev.cairn.core.schema.MetaData metaData = new dev.cairn.core.schema.MetaData();
    dev.cairn.core.schema.Table audit = new dev.cairn.core.schema.Table("audit_log");
    audit.column("id", SqlTypes.BIGINT).primaryKey();
    metaData.add(audit);
    MappingModel built =
        MappingModel.builder().metaData(metaData).entities(OrderLine.class).build();
    assertThat(built.metaData()).isSameAs(metaData);
    assertThat(metaData.tables())
        .extracting(t -> t.name())
        .containsExactly("audit_log", "order_line");
  }

  /** A converter registered per type rather than named by @Convert. */
  static final class PriceConverter
      implements dev.cairn.orm.annotation.AttributeConverter<Money, java.math.BigDecimal> {
    @Override
    public java.math.BigDecimal toColumn(Money attribute) {
      return attribute.amount();
    }

    @Override
    public Money toAttribute(java.math.BigDecimal column) {
      return new Money(column);
    }
  }

  @dev.cairn.orm.annotation.Entity
  static class WithMoney {
    @dev.cairn.orm.annotation.Id int id;
    Money price;
  }

  private Object type(String property) {
    return customer.property(property).column().type();
  }
}
