package dev.cairn.orm.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.ForeignKey;
import dev.cairn.core.schema.ReferentialAction;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.OneToOne;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Foreign-key columns, join tables and mappedBy links resolved by the mapping model. */
class RelationshipMappingTest {

  @Entity
  static class Author {
    @Id @GeneratedValue Long id;
    String name;

    @OneToMany(mappedBy = "author")
    List<Book> books = new ArrayList<>();

    @OneToOne(mappedBy = "author")
    Bio bio;
  }

  @Entity
  static class Book {
    @Id @GeneratedValue Long id;

    @ManyToOne Author author;

    @ManyToOne
    @JoinColumn(name = "editor", nullable = false)
    Author editor;

    @ManyToMany Set<Genre> genres = new HashSet<>();
  }

  @Entity
  static class Genre {
    @Id String code;

    @ManyToMany(mappedBy = "genres")
    Set<Book> books = new HashSet<>();
  }

  @Entity
  static class Bio {
    @Id @GeneratedValue Long id;

    @OneToOne(optional = false)
    Author author;
  }

  @Entity
  static class Node {
    @Id @GeneratedValue Long id;

    @ManyToOne Node parent;

    @OneToMany(mappedBy = "parent")
    List<Node> children = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "links", joinColumn = "from_id", inverseJoinColumn = "to_id")
    Set<Node> linked = new HashSet<>();
  }

  private final MappingModel model =
      MappingModel.of(Author.class, Book.class, Genre.class, Bio.class, Node.class);

  @Test
  void manyToOneAddsANamedForeignKeyColumnAndConstraint() {
    EntityModel<Book> book = model.entity(Book.class);
    assertThat(book.table().columns())
        .extracting(Column::name)
        .containsExactly("id", "author_id", "editor");
    RelationshipModel author = book.findRelationship("author");
    assertThat(author.owning()).isTrue();
    assertThat(author.target()).isSameAs(model.entity(Author.class));
    assertThat(author.foreignKeyColumns()).extracting(Column::name).containsExactly("author_id");
    assertThat(author.foreignKeyColumns().get(0).nullable()).isTrue();
    assertThat(book.findRelationship("editor").foreignKeyColumns().get(0).nullable()).isFalse();
    assertThat(author.foreignKeyProperties()).containsExactly(book.property("author"));
    assertThat(book.table().foreignKeys())
        .extracting(ForeignKey::describe)
        .containsExactly("book(author_id) -> author(id)", "book(editor) -> author(id)");
    assertThat(author.inverse()).isSameAs(model.entity(Author.class).findRelationship("books"));
  }

  @Test
  void foreignKeyValuesComeFromTheReferencedObject() {
    EntityModel<Book> books = model.entity(Book.class);
    Author author = new Author();
    author.id = 7L;
    Book book = new Book();
    book.author = author;
    Object[] values = books.columnValues(book);
    assertThat(values).containsExactly(null, 7L, null);
    Book loaded = books.instantiate(new Object[] {1L, 7L, 8L});
    assertThat(loaded.id).isEqualTo(1L);
    assertThat(loaded.author).isNull();
    assertThat(books.property("author").settable()).isFalse();
    assertThatThrownBy(() -> books.property("author").set(loaded, 3L))
        .hasMessageContaining("set the relationship field author");
  }

  @Test
  void inverseSidesResolveToTheOwningSide() {
    EntityModel<Author> author = model.entity(Author.class);
    RelationshipModel books = author.findRelationship("books");
    assertThat(books.owning()).isFalse();
    assertThat(books.foreignKeyColumns()).extracting(Column::name).containsExactly("author_id");
    assertThat(books.foreignKeyProperties()).isEmpty();
    RelationshipModel bio = author.findRelationship("bio");
    assertThat(bio.inverse()).isSameAs(model.entity(Bio.class).findRelationship("author"));
    assertThat(author.table().columns()).extracting(Column::name).containsExactly("id", "name");
    assertThat(model.entity(Bio.class).table().column("author_id").nullable()).isFalse();
  }

  @Test
  void manyToManyGetsAJoinTableWithCascadingForeignKeys() {
    RelationshipModel genres = model.entity(Book.class).findRelationship("genres");
    assertThat(genres.joinTable().name()).isEqualTo("book_genre");
    assertThat(genres.joinTableOwnerColumns()).extracting(Column::name).containsExactly("book_id");
    assertThat(genres.joinTableTargetColumns())
        .extracting(Column::name)
        .containsExactly("genre_code");
    assertThat(genres.joinTable().primaryKey())
        .extracting(Column::name)
        .containsExactly("book_id", "genre_code");
    assertThat(genres.joinTable().foreignKeys())
        .extracting(ForeignKey::onDelete)
        .containsOnly(ReferentialAction.CASCADE);
    RelationshipModel books = model.entity(Genre.class).findRelationship("books");
    assertThat(books.joinTable()).isSameAs(genres.joinTable());
    assertThat(books.joinTableOwnerColumns()).isEqualTo(genres.joinTableTargetColumns());
    assertThat(books.joinTableTargetColumns()).isEqualTo(genres.joinTableOwnerColumns());
    String ddl = String.join("\n", model.metaData().createDdl(Dialects.POSTGRESQL));
    assertThat(ddl)
        .contains("CREATE TABLE book_genre (")
        .contains("FOREIGN KEY (book_id) REFERENCES book (id) ON DELETE CASCADE")
        .contains("FOREIGN KEY (genre_code) REFERENCES genre (code) ON DELETE CASCADE");
  }

  @Test
  void selfReferencesAndNamedJoinColumns() {
    EntityModel<Node> node = model.entity(Node.class);
    RelationshipModel parent = node.findRelationship("parent");
    assertThat(parent.target()).isSameAs(node);
    assertThat(parent.inverse()).isSameAs(node.findRelationship("children"));
    assertThat(node.table().foreignKeys().get(0).selfReferencing()).isTrue();
    RelationshipModel linked = node.findRelationship("linked");
    assertThat(linked.joinTable().name()).isEqualTo("links");
    assertThat(linked.joinTableOwnerColumns()).extracting(Column::name).containsExactly("from_id");
    assertThat(linked.joinTableTargetColumns()).extracting(Column::name).containsExactly("to_id");
  }

  @Entity
  static class Owner {
    @Id Long id;

    @OneToMany(mappedBy = "ownr")
    List<Pet> pets;
  }

  @Entity
  static class Pet {
    @Id Long id;

    @ManyToOne Owner owner;
    @ManyToOne Pet mother;
  }

  @Entity
  static class WrongType {
    @Id Long id;

    @OneToMany(mappedBy = "mother")
    List<Pet> pets;
  }

  @Entity
  static class WrongKind {
    @Id Long id;

    @ManyToMany(mappedBy = "owner")
    Set<Pet> pets;
  }

  @Entity
  static class Unowned {
    @Id Long id;

    @OneToMany List<Pet> pets;
  }

  @Entity
  static class Bag {
    @Id Long id;

    @OneToMany(mappedBy = "owner")
    Collection<Pet> pets;
  }

  @Entity
  static class Hen {
    @Id Long id;

    @ManyToOne(optional = false)
    Egg egg;
  }

  @Entity
  static class Egg {
    @Id Long id;

    @OneToOne
    @JoinColumn(name = "hen", nullable = false)
    Hen hen;
  }

  @Entity
  static class Misplaced {
    @Id Long id;

    @OneToMany(mappedBy = "owner")
    @JoinColumn(name = "x")
    List<Pet> pets;
  }

  @Test
  void wrongDeclarationsFailNamingClassAndField() {
    fails(Owner.class, Pet.class)
        .hasMessageContaining(
            "Field Owner.pets has mappedBy = \"ownr\" but Pet has no relationship field of that"
                + " name; its relationships are [owner, mother]");
    fails(WrongType.class, Pet.class, Owner.class)
        .hasMessageContaining("but Pet.mother refers to Pet, not to WrongType");
    fails(WrongKind.class, Pet.class, Owner.class)
        .hasMessageContaining("Field WrongKind.pets has mappedBy = \"owner\" but Pet.owner")
        .hasMessageContaining("must name an owning @ManyToMany");
    fails(Unowned.class, Pet.class, Owner.class)
        .hasMessageContaining("Field Unowned.pets is a @OneToMany without mappedBy")
        .hasMessageContaining("@OneToMany(mappedBy = \"unowned\")");
    fails(Bag.class, Pet.class)
        .hasMessageContaining("Field Bag.pets is a @OneToMany of type java.util.Collection")
        .hasMessageContaining("declare it as List<Target> or Set<Target>");
    fails(Hen.class, Egg.class)
        .hasMessageContaining("The required references [Hen.egg, Egg.hen] form a cycle")
        .hasMessageContaining("make one of them optional");
    fails(Misplaced.class, Pet.class, Owner.class)
        .hasMessageContaining("Field Misplaced.pets has @JoinColumn");
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> fails(Class<?>... classes) {
    return assertThatThrownBy(() -> MappingModel.of(classes)).isInstanceOf(MappingException.class);
  }
}
