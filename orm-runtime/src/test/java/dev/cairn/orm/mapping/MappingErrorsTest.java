package dev.cairn.orm.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.orm.annotation.AttributeConverter;
import dev.cairn.orm.annotation.Column;
import dev.cairn.orm.annotation.Convert;
import dev.cairn.orm.annotation.Embeddable;
import dev.cairn.orm.annotation.Embedded;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Enumerated;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.GenerationStrategy;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.MappedSuperclass;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.annotation.Transient;
import dev.cairn.orm.annotation.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Every bad mapping fails at build time naming the class and field and saying the fix. */
class MappingErrorsTest {

  @Entity
  static class NoId {
    String name;
  }

  @Entity
  static class Unsupported {
    @Id int id;
    Object payload;
  }

  @Entity
  static class EntityWithoutRelationship {
    @Id int id;
    Target target;
  }

  @Entity
  static class CollectionWithoutRelationship {
    @Id int id;
    List<String> names;
  }

  @Entity
  static class Target {
    @Id int id;
  }

  @Entity
  static class SameColumn {
    @Id int id;
    String userName;

    @Column(name = "user_name")
    String login;
  }

  @Embeddable
  static class Pin {
    @Column(name = "pin")
    String code;
  }

  @Entity
  static class SamePinTwice {
    @Id int id;
    @Embedded Pin first;
    @Embedded Pin second;
  }

  @Entity
  static class NoConstructor {
    @Id int id;

    NoConstructor(String unrelated) {}
  }

  @Entity
  static class FinalWithoutConstructor {
    @Id int id;
    final String name = "x";

    FinalWithoutConstructor() {}
  }

  @Entity
  static class BadVersion {
    @Id int id;
    @Version String version;
  }

  @Entity
  static class TwoVersions {
    @Id int id;
    @Version int a;
    @Version long b;
  }

  static class NotAnEntity {
    @Id int id;
  }

  @Entity
  static class RefersToUnregistered {
    @Id int id;
    @ManyToOne Target target;
  }

  @Entity
  static class RefersToNonEntity {
    @Id int id;
    @OneToMany List<NotAnEntity> items = new ArrayList<>();
  }

  @Entity
  @Table(name = "things")
  static class ThingA {
    @Id int id;
  }

  @Entity
  @Table(name = "THINGS")
  static class ThingB {
    @Id int id;
  }

  @Entity(name = "Same")
  static class NamedA {
    @Id int id;
  }

  @Entity(name = "Same")
  static class NamedB {
    @Id int id;
  }

  @Entity
  static class GeneratedNotId {
    @Id int id;
    @GeneratedValue long counter;
  }

  @Entity
  static class IdentityOnString {
    @Id @GeneratedValue String id;
  }

  @Entity
  static class UuidOnLong {
    @Id
    @GeneratedValue(strategy = GenerationStrategy.UUID)
    Long id;
  }

  @Entity
  static class GeneratedComposite {
    @Id @GeneratedValue long a;
    @Id long b;
  }

  static class Plain {
    String text;
  }

  @Entity
  static class EmbedsPlain {
    @Id int id;
    @Embedded Plain plain;
  }

  @Embeddable
  static class Key {
    int part;
  }

  @Entity
  static class EmbeddedId {
    @Id @Embedded Key key;
  }

  @Entity
  static class MapRelationship {
    @Id int id;
    @OneToMany Map<String, Target> targets;
  }

  @Entity
  static class Parent {
    @Id int id;
  }

  @Entity
  static class Child extends Parent {
    String extra;
  }

  @Entity
  class Inner {
    @Id int id;
  }

  static final class StringConverter implements AttributeConverter<String, String> {
    @Override
    public String toColumn(String attribute) {
      return attribute;
    }

    @Override
    public String toAttribute(String column) {
      return column;
    }
  }

  @Entity
  static class WrongConverter {
    @Id int id;

    @Convert(converter = StringConverter.class)
    Integer number;
  }

  static class GenericConverter<A> implements AttributeConverter<A, String> {
    @Override
    public String toColumn(A attribute) {
      return attribute.toString();
    }

    @Override
    public A toAttribute(String column) {
      throw new UnsupportedOperationException();
    }
  }

  @Entity
  static class UntypedConverter {
    @Id int id;

    @Convert(converter = GenericConverter.class)
    Integer number;
  }

  @Entity
  static class EnumeratedString {
    @Id int id;
    @Enumerated String text;
  }

  @Entity
  record RecordWithTransient(@Id int id, @Transient String note) {}

  @Entity
  static class BadPrecision {
    @Id int id;

    @Column(precision = 4, scale = 6)
    java.math.BigDecimal amount;
  }

  @Entity
  static class FinalRelationship {
    @Id int id;
    @ManyToOne final Target target = null;
  }

  @MappedSuperclass
  abstract static class Base {
    @Version String stamp;
  }

  @Entity
  static class InheritsBadVersion extends Base {
    @Id int id;
  }

  @Test
  void noId() {
    fails(NoId.class)
        .hasMessage("Entity NoId has no @Id field; add @Id to one field")
        .satisfies(e -> assertThat(((MappingException) e).mappedClass()).isEqualTo(NoId.class));
  }

  @Test
  void unsupportedFieldTypeListsTheSupportedTypesAndSuggestsAFix() {
    fails(Unsupported.class)
        .hasMessageContaining("Field Unsupported.payload has type java.lang.Object")
        .hasMessageContaining("Supported types: String, boolean, short, int, long")
        .hasMessageContaining("add @Convert(converter = ...) or mark it @Transient")
        .satisfies(e -> assertThat(((MappingException) e).fieldName()).isEqualTo("payload"));
    fails(EntityWithoutRelationship.class, Target.class)
        .hasMessageContaining("Field EntityWithoutRelationship.target has type")
        .hasMessageContaining("annotate it with @ManyToOne or @OneToOne");
    fails(CollectionWithoutRelationship.class)
        .hasMessageContaining("use @OneToMany or @ManyToMany, else @Transient");
  }

  @Test
  void twoFieldsOnOneColumn() {
    fails(SameColumn.class)
        .hasMessage(
            "Fields SameColumn.userName and SameColumn.login both map to column user_name; give"
                + " one of them another @Column(name) (or an @Embedded prefix)");
    fails(SamePinTwice.class)
        .hasMessageContaining("SamePinTwice.first.code and SamePinTwice.second.code")
        .hasMessageContaining("column pin");
  }

  @Test
  void noUsableConstructor() {
    fails(NoConstructor.class)
        .hasMessage(
            "NoConstructor has no usable constructor; add a no-argument constructor (any"
                + " visibility) or a constructor taking every mapped field in declaration order:"
                + " NoConstructor(int id)");
    fails(FinalWithoutConstructor.class)
        .hasMessageContaining("Field FinalWithoutConstructor.name is final")
        .hasMessageContaining(
            "remove final or add a constructor FinalWithoutConstructor(int id, String name)");
    fails(Inner.class)
        .hasMessageContaining("Inner is an inner class")
        .hasMessageContaining("static");
    fails(RecordWithTransient.class)
        .hasMessageContaining("Record RecordWithTransient has components [id, note] but maps [id]");
  }

  @Test
  void versionOfAWrongType() {
    fails(BadVersion.class)
        .hasMessage(
            "Field BadVersion.version is @Version but its type is java.lang.String; a version is"
                + " a short, int, long (or wrapper) counter or a LocalDateTime, OffsetDateTime or"
                + " Instant timestamp");
    fails(InheritsBadVersion.class)
        .hasMessageContaining("Field Base.stamp (mapped in entity InheritsBadVersion) is @Version");
    fails(TwoVersions.class).hasMessageContaining("several @Version fields [a, b]; keep one");
  }

  @Test
  void classWithoutEntity() {
    fails(NotAnEntity.class)
        .hasMessageContaining(NotAnEntity.class.getName() + " was registered as an entity")
        .hasMessageContaining("annotate it with @Entity");
    assertThatThrownBy(() -> MappingModel.of(Target.class).entity(NotAnEntity.class))
        .hasMessageContaining("is not a registered entity (it has no @Entity)");
  }

  @Test
  void relationshipToAnUnregisteredClass() {
    fails(RefersToUnregistered.class)
        .hasMessageContaining("Field RefersToUnregistered.target is a @ManyToOne to")
        .hasMessageContaining("which is not a registered entity; register it with entities(...)");
    fails(RefersToNonEntity.class)
        .hasMessageContaining("is a @OneToMany to")
        .hasMessageContaining("annotate it with @Entity and register it");
    assertThat(MappingModel.of(RefersToUnregistered.class, Target.class).entities()).hasSize(2);
  }

  @Test
  void duplicateTableAndEntityNames() {
    fails(ThingA.class, ThingB.class)
        .hasMessageContaining("both use the table 'THINGS'; give one of them another @Table(name)");
    fails(NamedA.class, NamedB.class)
        .hasMessageContaining("both use the entity name 'Same'; give one of them another @Entity");
  }

  @Test
  void generatedValueRules() {
    fails(GeneratedNotId.class)
        .hasMessageContaining("GeneratedNotId.counter is @GeneratedValue but not @Id");
    fails(IdentityOnString.class)
        .hasMessageContaining(
            "is @GeneratedValue(IDENTITY) but its type is java.lang.String; IDENTITY generates a"
                + " short, int or long");
    fails(UuidOnLong.class).hasMessageContaining("UUID generates a java.util.UUID");
    fails(GeneratedComposite.class)
        .hasMessageContaining("is @GeneratedValue(IDENTITY) in a composite key");
  }

  @Test
  void embeddingRules() {
    fails(EmbedsPlain.class)
        .hasMessageContaining("is @Embedded but its type")
        .hasMessageContaining("annotate Plain with @Embeddable");
    fails(EmbeddedId.class).hasMessageContaining("declare a composite key as several @Id fields");
  }

  @Test
  void relationshipShapes() {
    fails(MapRelationship.class, Target.class)
        .hasMessageContaining("declare it as List<Target> or Set<Target>");
    fails(FinalRelationship.class, Target.class).hasMessageContaining("and final");
  }

  @Test
  void entityInheritanceIsNotSupported() {
    fails(Child.class, Parent.class)
        .hasMessageContaining(
            "Entity Child extends entity Parent; entity inheritance is not" + " supported");
  }

  @Test
  void converterRules() {
    fails(WrongConverter.class)
        .hasMessageContaining("is a java.lang.Integer but its converter")
        .hasMessageContaining("converts java.lang.String");
    fails(UntypedConverter.class).hasMessageContaining("does not declare concrete types");
    fails(EnumeratedString.class).hasMessageContaining("is @Enumerated but its type");
  }

  @Test
  void badNumericPrecision() {
    fails(BadPrecision.class).hasMessageContaining("BadPrecision.amount declares numeric(4, 6)");
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> fails(Class<?>... classes) {
    return assertThatThrownBy(() -> MappingModel.of(classes)).isInstanceOf(MappingException.class);
  }
}
