package dev.cairn.orm.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.schema.MetaData;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.TypeDialect;
import dev.cairn.orm.mapping.MappingFixtures.Address;
import dev.cairn.orm.mapping.MappingFixtures.Customer;
import dev.cairn.orm.mapping.MappingFixtures.Money;
import dev.cairn.orm.mapping.MappingFixtures.Status;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A mapped entity's table is created from the model's DDL, a row written from {@link
 * EntityModel#columnValues} and read back through {@link EntityModel#instantiate}, on every
 * database: converters, enums by name and ordinal, embedded values, primitives and the version.
 */
class MappingRoundTripTest {

  private static final MappingModel MODEL =
      MappingModel.of(
          Customer.class,
          MappingFixtures.PurchaseOrder.class,
          MappingFixtures.Tag.class,
          MappingFixtures.OrderLine.class);

  @DatabaseTest
  void writesAndLoadsAnEntityThroughTheModel(TestDb db) throws SQLException {
    EntityModel<Customer> model = MODEL.entity(Customer.class);
    db.executeJdbc(
        new MetaData().add(model.table()).createDdl(db.dialect()).toArray(String[]::new));

    Customer customer = new Customer();
    customer.email("cy@example.com");
    customer.displayName = "Cy";
    customer.loginCount = 2;
    customer.active = true;
    customer.status = Status.SUSPENDED;
    customer.ordinalStatus = Status.SUSPENDED;
    customer.balance = new BigDecimal("10.125");
    customer.credit = new Money(new BigDecimal("99.95"));
    customer.notes = "long text";
    customer.birthDate = LocalDate.of(1985, 5, 17);
    customer.avatar = new byte[] {1, 2, 3};
    customer.homeAddress = new Address("Quay 4", "Cork", "T12");
    customer.version = (Integer) model.nextVersion(null);

    List<PropertyModel> written = new ArrayList<>();
    for (PropertyModel property : model.columnProperties()) {
      if (property.insertable() && !property.generatedByDatabase()) {
        written.add(property);
      }
    }
    Object[] values = model.columnValues(customer);
    TypeDialect types = db.dialect().types();
    try (Connection connection = db.dataSource().getConnection()) {
      String insert =
          "INSERT INTO customers ("
              + written.stream().map(PropertyModel::columnName).collect(Collectors.joining(", "))
              + ") VALUES ("
              + written.stream().map(p -> "?").collect(Collectors.joining(", "))
              + ")";
      try (PreparedStatement statement = connection.prepareStatement(insert)) {
        for (int i = 0; i < written.size(); i++) {
          PropertyModel property = written.get(i);
          types.bind(statement, i + 1, property.column().type(), values[property.index()]);
        }
        assertThat(statement.executeUpdate()).isEqualTo(1);
      }
      String select =
          "SELECT "
              + model.columnProperties().stream()
                  .map(PropertyModel::columnName)
                  .collect(Collectors.joining(", "))
              + " FROM customers";
      Customer loaded;
      try (PreparedStatement statement = connection.prepareStatement(select);
          ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).isTrue();
        Object[] row = new Object[model.columnProperties().size()];
        for (PropertyModel property : model.columnProperties()) {
          row[property.index()] = read(types, property.column().type(), rows, property.index() + 1);
        }
        loaded = model.instantiate(row);
      }
      assertThat(loaded.id).isNotNull();
      assertThat(loaded.email()).isEqualTo("cy@example.com");
      assertThat(loaded.displayName).isEqualTo("Cy");
      assertThat(loaded.loginCount).isEqualTo(2);
      assertThat(loaded.active).isTrue();
      assertThat(loaded.status).isEqualTo(Status.SUSPENDED);
      assertThat(loaded.ordinalStatus).isEqualTo(Status.SUSPENDED);
      assertThat(loaded.balance).isEqualByComparingTo("10.125");
      assertThat(loaded.credit.amount()).isEqualByComparingTo("99.95");
      assertThat(loaded.notes).isEqualTo("long text");
      assertThat(loaded.birthDate).isEqualTo(LocalDate.of(1985, 5, 17));
      assertThat(loaded.avatar).containsExactly(1, 2, 3);
      assertThat(loaded.homeAddress.city).isEqualTo("Cork");
      assertThat(loaded.homeAddress.street()).isEqualTo("Quay 4");
      assertThat(loaded.billingAddress).isNull();
      assertThat(loaded.version).isEqualTo(1);
      assertThat(loaded.createdAt).isNull();
      assertThat(loaded.computed).isNull();
      assertThat((Instant) model.property("updatedAt").get(loaded)).isNull();
    }
  }

  private static <T> Object read(TypeDialect types, SqlType<T> type, ResultSet rows, int index)
      throws SQLException {
    return types.codec(type).read(rows, index);
  }
}
