package dev.cairn.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The definition API: options, default names, and definitions that fail fast. */
class SchemaDefinitionTest {

  @Test
  void columnOptionsRecordTheDefinition() {
    Table items = new Table("items");
    Sequence sequence = new Sequence("item_seq");
    Column<Long> id = items.column("id", SqlTypes.BIGINT).primaryKey().sequence(sequence);
    Column<UUID> token =
        items.column("token", SqlTypes.UUID_TYPE).defaultSupplier(UUID::randomUUID);
    Column<String> kind =
        items.column("kind", SqlTypes.varchar(10)).defaultValue("plain").notNull();
    Column<Integer> rank = items.column("rank", SqlTypes.INTEGER).identity().unique();

    assertThat(id.options().primaryKey()).isTrue();
    assertThat(id.nullable()).isFalse();
    assertThat(id.options().sequence()).isEqualTo(sequence);
    assertThat(id.generatedOnInsert()).isTrue();
    assertThat(rank.generatedOnInsert()).isTrue();
    assertThat(kind.generatedOnInsert()).isFalse();
    assertThat(token.options().clientDefault().get())
        .isNotEqualTo(token.options().clientDefault().get());
    assertThat(kind.options().clientDefault().get()).isEqualTo("plain");
    assertThat(kind.nullable()).isFalse();
    assertThat(items.columns()).containsExactly(id, token, kind, rank);
    assertThat(items.column("kind").options().clientDefault()).isNotNull();
    assertThat(items.sequences()).containsExactly(sequence);
  }

  @Test
  void constraintAndIndexNamesDefaultAndCanBeGiven() {
    Table users = new Table("users");
    Column<Long> id = users.column("id", SqlTypes.BIGINT).primaryKey();
    Column<String> email = users.column("email", SqlTypes.varchar(100)).unique();
    Column<Integer> age =
        users.column("age", SqlTypes.INTEGER).check(c -> c.ge(0)).check("age < 200");
    Table orders = new Table("orders");
    Column<Long> userId = orders.column("user_id", SqlTypes.BIGINT).references(id);
    Column<Long> approver = orders.column("approver_id", SqlTypes.BIGINT);
    orders.foreignKey(
        "orders_approver",
        List.of(approver),
        List.of(id),
        ReferentialAction.NO_ACTION,
        ReferentialAction.NO_ACTION);
    users.index(email, age);
    users.uniqueIndex("one_email", email);
    users.check("ck_adult", age.ge(18));

    assertThat(users.primaryKeyConstraint()).isEqualTo(new PrimaryKey("pk_users", List.of(id)));
    assertThat(users.uniqueConstraints())
        .extracting(UniqueConstraint::name)
        .containsExactly("uq_users_email");
    assertThat(users.checks())
        .extracting(CheckConstraint::name)
        .containsExactly("ck_users_age", "ck_users_age_2", "ck_adult");
    assertThat(users.indexes())
        .extracting(Index::name)
        .containsExactly("ix_users_email_age", "one_email");
    assertThat(orders.foreignKeys())
        .extracting(ForeignKey::name)
        .containsExactly("fk_orders_user_id_users", "orders_approver");
    assertThat(orders.foreignKeys().get(0).columns()).containsExactly(userId);
    assertThat(orders.foreignKeys().get(0).targetColumns()).containsExactly(id);
    assertThat(orders.primaryKeyConstraint()).isNull();
  }

  @Test
  void longDefaultNamesAreShortenedDeterministically() {
    Table table = new Table("a_table_with_a_rather_long_name_for_testing");
    Column<Integer> first = table.column("first_long_column_name", SqlTypes.INTEGER);
    Column<Integer> second = table.column("second_long_column_name", SqlTypes.INTEGER);
    Index index = table.index(first, second);
    assertThat(index.name())
        .hasSize(63)
        .matches("ix_a_table_with_a_rather_long_name_for_testing_first_l_[0-9a-f]{8}")
        .isEqualTo(
            Names.fit(
                "ix_a_table_with_a_rather_long_name_for_testing_first_long_column_name_second_long_column_name"));
    assertThat(table.index(second, first).name()).isNotEqualTo(index.name());
  }

  @Test
  void compositePrimaryKeyKeepsTheGivenOrderAndImpliesNotNull() {
    Table memberships = new Table("memberships");
    Column<Long> user = memberships.column("user_id", SqlTypes.BIGINT);
    Column<Long> group = memberships.column("group_id", SqlTypes.BIGINT);
    memberships.primaryKey(group, user);

    assertThat(memberships.primaryKey()).containsExactly(group, user);
    assertThat(memberships.primaryKey()).allSatisfy(c -> assertThat(c.nullable()).isFalse());
    assertThat(memberships.primaryKeyReferences()).containsExactly(group, user);
  }

  @Test
  void badDefinitionsFailNamingTableAndColumn() {
    Table users = new Table("users");
    Column<Long> id = users.column("id", SqlTypes.BIGINT).primaryKey();
    Column<String> name = users.column("name", SqlTypes.varchar(50));

    assertThatThrownBy(() -> users.column("NAME", SqlTypes.TEXT))
        .isInstanceOf(CairnException.class)
        .hasMessage("Table users already has a column name; give column 'NAME' another name");
    assertThatThrownBy(() -> name.identity())
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Column users.name cannot be an identity column because its type is VARCHAR(50);"
                + " identity needs SMALLINT, INTEGER or BIGINT");
    Table orders = new Table("orders");
    Column<Integer> userId = orders.column("user_id", SqlTypes.INTEGER);
    Column<Integer> other = orders.column("other", SqlTypes.INTEGER);
    Column<String> code = orders.column("code", SqlTypes.varchar(10));
    assertThatThrownBy(() -> orders.foreignKey(List.of(code), List.of(id)))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Foreign key orders(code): column orders.code is VARCHAR(10) but references users.id"
                + " of type BIGINT; a foreign key needs the same kind of type on both sides"
                + " (integers of any width, text of any length)");
    assertThat(orders.foreignKey(List.of(userId), List.of(id)).describe())
        .as("an INTEGER may reference a BIGINT, as SQL allows")
        .isEqualTo("orders(user_id) -> users(id)");
    assertThatThrownBy(() -> orders.foreignKey(List.of(userId, other), List.of(id)))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Foreign key orders(user_id, other) has 2 columns but references 1 (id);"
                + " give one referenced column per referencing column");
    Column<String> json = orders.column("json", SqlTypes.JSON);
    assertThatThrownBy(() -> json.references(name))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Column orders.json is JSON but references users.name of type VARCHAR(50);"
                + " a foreign key needs the same kind of type on both sides (integers of any"
                + " width, text of any length)");
    assertThatThrownBy(() -> orders.primaryKey(userId, name))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "A primary key on table orders cannot use column users.name of another table;"
                + " use columns of orders");
    assertThatThrownBy(() -> users.primaryKey(name))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Column users.id is marked primaryKey() but is not in the composite primary key"
                + " (name); declare the key in one place");
    assertThatThrownBy(
            () ->
                new Table("t")
                    .foreignKey(
                        null,
                        List.of(userId),
                        users,
                        ReferentialAction.NO_ACTION,
                        ReferentialAction.NO_ACTION))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("cannot use column orders.user_id of another table");
  }

  @Test
  void aTableIsSealedOnceAddedToMetaDataAliasedOrRendered() {
    Table users = new Table("users");
    Column<Long> id = users.column("id", SqlTypes.BIGINT).primaryKey();
    new MetaData().add(users);
    assertThat(users.isSealed()).isTrue();
    assertThatThrownBy(() -> id.notNull())
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Cannot redefine column 'id' on table users: the table is sealed because it was added"
                + " to a MetaData, aliased or used in a statement; finish its definition before"
                + " that");
    assertThatThrownBy(() -> users.column("name", SqlTypes.TEXT))
        .hasMessageStartingWith("Cannot add column 'name' on table users: the table is sealed");
    assertThatThrownBy(() -> users.index(id))
        .hasMessageStartingWith("Cannot define index (id) on table users");

    Table aliased = new Table("aliased");
    aliased.as("a");
    assertThatThrownBy(() -> aliased.column("x", SqlTypes.TEXT)).isInstanceOf(CairnException.class);

    Table rendered = new Table("rendered");
    Column<Long> x = rendered.column("x", SqlTypes.BIGINT);
    new RenderContext(Dialects.H2).visit(x.eq(1L));
    assertThatThrownBy(() -> x.primaryKey())
        .hasMessageStartingWith("Cannot redefine column 'x' on table rendered");
  }

  @Test
  void duplicateConstraintNamesAreFoundWhenTheTableIsSealed() {
    Table users = new Table("users");
    Column<String> email = users.column("email", SqlTypes.varchar(50)).unique();
    users.unique(email);
    assertThatThrownBy(() -> new MetaData().add(users))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Table users has two constraints or indexes named uq_users_email;"
                + " give one of them another name");
  }

  @Test
  void metaDataFindsTablesAndRejectsTwoWithOneName() {
    ShopSchema shop = new ShopSchema();
    assertThat(shop.metaData.table("USERS")).isSameAs(shop.users);
    assertThat(shop.metaData.hasTable("orders")).isTrue();
    assertThat(shop.metaData.tables()).containsExactly(shop.orders, shop.users);
    assertThatThrownBy(() -> shop.metaData.table("items"))
        .isInstanceOf(CairnException.class)
        .hasMessage("MetaData has no table 'items'; its tables are [orders, users]");
    assertThatThrownBy(() -> shop.metaData.add(new Table("users")))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "MetaData already has a table named users; a second table users cannot be added."
                + " Give it another name");
    shop.metaData.add(shop.users);
    assertThat(shop.metaData.tables()).hasSize(2);
    Sequence one = new Sequence("s");
    assertThatThrownBy(() -> shop.metaData.add(one, one.startWith(5)))
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith("MetaData has two different sequences named s");
  }

  @Test
  void sortedTablesPutParentsFirstAndKeepTheAddedOrderOtherwise() {
    Table categories = new Table("categories");
    Column<Integer> categoryId = categories.column("id", SqlTypes.INTEGER).primaryKey();
    categories.column("parent_id", SqlTypes.INTEGER).references(categoryId);
    Table products = new Table("products");
    Column<Integer> productId = products.column("id", SqlTypes.INTEGER).primaryKey();
    products.column("category_id", SqlTypes.INTEGER).references(categoryId);
    Table users = new Table("users");
    Column<Integer> userId = users.column("id", SqlTypes.INTEGER).primaryKey();
    Table orders = new Table("orders");
    Column<Integer> orderId = orders.column("id", SqlTypes.INTEGER).primaryKey();
    orders.column("user_id", SqlTypes.INTEGER).references(userId);
    Table lines = new Table("order_lines");
    lines.column("order_id", SqlTypes.INTEGER).references(orderId);
    lines.column("product_id", SqlTypes.INTEGER).references(productId);
    Table audit = new Table("audit");
    audit.column("id", SqlTypes.INTEGER);

    MetaData metaData = new MetaData().add(lines, orders, audit, products, users, categories);

    assertThat(metaData.sortedTables())
        .extracting(Table::name)
        .containsExactly("audit", "users", "orders", "categories", "products", "order_lines");
    assertThat(metaData.dropDdl(Dialects.H2))
        .containsExactly(
            "DROP TABLE IF EXISTS order_lines",
            "DROP TABLE IF EXISTS products",
            "DROP TABLE IF EXISTS categories",
            "DROP TABLE IF EXISTS orders",
            "DROP TABLE IF EXISTS users",
            "DROP TABLE IF EXISTS audit");
  }
}
