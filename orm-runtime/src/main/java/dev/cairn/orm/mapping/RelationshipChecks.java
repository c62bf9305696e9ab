package dev.cairn.orm.mapping;

import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.LoadStrategy;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.OneToOne;
import dev.cairn.orm.annotation.OrderBy;
import dev.cairn.orm.mapping.MemberSpec.RelationshipSpec;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The checks of relationship declarations that need no columns: which annotations a side may carry,
 * and that an inverse side names a matching owning side. Each failure names the field and says what
 * to write instead.
 */
final class RelationshipChecks {

  private RelationshipChecks() {}

  /**
   * {@code @JoinColumn} and {@code @JoinTable} only on the sides that can have them, {@code
   * OrderBy} only on collections, and a {@code load} strategy the field can load with.
   */
  static void annotations(EntityAssembler<?> owner, RelationshipSpec spec) {
    boolean toOneOwning = !spec.kind().isCollection() && mappedBy(spec) == null;
    boolean unidirectional = spec.kind() == RelationshipKind.ONE_TO_MANY && mappedBy(spec) == null;
    if (spec.field().isAnnotationPresent(JoinColumn.class) && !toOneOwning && !unidirectional) {
      throw error(
          owner,
          spec,
          "has @JoinColumn, which only an owning @ManyToOne or @OneToOne, or a @OneToMany without"
              + " mappedBy (its foreign key in the element's table), can have; remove it"
              + (mappedBy(spec) != null
                  ? " here and name the column on "
                      + spec.target().getSimpleName()
                      + "."
                      + mappedBy(spec)
                  : ""));
    }
    if (spec.field().isAnnotationPresent(OrderBy.class) && !spec.kind().isCollection()) {
      throw error(
          owner,
          spec,
          "has @OrderBy, which orders the elements of a collection; remove it from this reference");
    }
    load(owner, spec);
    boolean manyOwning = spec.kind() == RelationshipKind.MANY_TO_MANY && mappedBy(spec) == null;
    if (spec.field().isAnnotationPresent(JoinTable.class) && !manyOwning) {
      throw error(
          owner,
          spec,
          "has @JoinTable, which only the owning side of a @ManyToMany (without mappedBy) can have;"
              + " move it to the owning side");
    }
  }

  /**
   * References load with their result ({@code SELECTIN} or {@code JOINED}); a final collection is
   * filled in place with its result, so it cannot load on access or raise.
   */
  private static void load(EntityAssembler<?> owner, RelationshipSpec spec) {
    LoadStrategy load = declaredLoad(spec);
    if (load != LoadStrategy.LAZY && load != LoadStrategy.RAISE) {
      return;
    }
    if (!spec.kind().isCollection()) {
      throw error(
          owner,
          spec,
          "has load = "
              + load
              + ", but a reference is loaded with its result (it cannot load on access or raise);"
              + " use load = SELECTIN (the default) or JOINED, or make it a collection");
    }
    if (Modifier.isFinal(spec.field().getModifiers())) {
      throw error(
          owner,
          spec,
          "is a final collection field with load = "
              + load
              + "; Cairn fills a final collection in place with its result, so it cannot load on"
              + " access or raise. Use load = SELECTIN or JOINED, or remove final");
    }
  }

  /** The {@code load} attribute of the field's relationship annotation. */
  static LoadStrategy declaredLoad(RelationshipSpec spec) {
    Annotation annotation = spec.annotation();
    if (annotation instanceof OneToMany a) {
      return a.load();
    }
    if (annotation instanceof ManyToMany a) {
      return a.load();
    }
    if (annotation instanceof ManyToOne a) {
      return a.load();
    }
    return ((OneToOne) annotation).load();
  }

  /** An inverse side ({@code mappedBy}) must name an owning field of the right kind and type. */
  static void inverse(EntityAssembler<?> owner, RelationshipSpec spec, EntityAssembler<?> target) {
    String mappedBy = mappedBy(spec);
    RelationshipSpec owning = null;
    for (RelationshipSpec candidate : target.relationships()) {
      if (candidate.path().equals(mappedBy)) {
        owning = candidate;
      }
    }
    if (owning == null) {
      throw error(
          owner,
          spec,
          "has mappedBy = \""
              + mappedBy
              + "\" but "
              + target.type().getSimpleName()
              + " has no relationship field of that name; its relationships are "
              + target.relationships().stream().map(RelationshipSpec::path).toList()
              + ". Name the field of "
              + target.type().getSimpleName()
              + " that owns the relationship");
    }
    RelationshipKind expected =
        switch (spec.kind()) {
          case ONE_TO_MANY -> RelationshipKind.MANY_TO_ONE;
          case ONE_TO_ONE -> RelationshipKind.ONE_TO_ONE;
          default -> RelationshipKind.MANY_TO_MANY;
        };
    String targetField = target.type().getSimpleName() + "." + owning.path();
    if (owning.kind() != expected || mappedBy(owning) != null) {
      throw error(
          owner,
          spec,
          "has mappedBy = \""
              + mappedBy
              + "\" but "
              + targetField
              + " is not an owning "
              + annotationName(expected)
              + "; mappedBy of a "
              + annotationName(spec.kind())
              + " must name an owning "
              + annotationName(expected)
              + " (one without mappedBy)");
    }
    if (!owning.target().isAssignableFrom(owner.type())) {
      throw error(
          owner,
          spec,
          "has mappedBy = \""
              + mappedBy
              + "\" but "
              + targetField
              + " refers to "
              + owning.target().getSimpleName()
              + ", not to "
              + owner.type().getSimpleName()
              + "; name a field of "
              + target.type().getSimpleName()
              + " of type "
              + owner.type().getSimpleName());
    }
  }

  static @Nullable String mappedBy(RelationshipSpec spec) {
    String mappedBy;
    if (spec.annotation() instanceof dev.cairn.orm.annotation.OneToMany a) {
      mappedBy = a.mappedBy();
    } else if (spec.annotation() instanceof dev.cairn.orm.annotation.OneToOne a) {
      mappedBy = a.mappedBy();
    } else if (spec.annotation() instanceof dev.cairn.orm.annotation.ManyToMany a) {
      mappedBy = a.mappedBy();
    } else {
      mappedBy = "";
    }
    return mappedBy.isEmpty() ? null : mappedBy;
  }

  private static String annotationName(RelationshipKind kind) {
    return switch (kind) {
      case MANY_TO_ONE -> "@ManyToOne";
      case ONE_TO_ONE -> "@OneToOne";
      case ONE_TO_MANY -> "@OneToMany";
      case MANY_TO_MANY -> "@ManyToMany";
    };
  }

  static String where(EntityAssembler<?> owner, RelationshipSpec spec) {
    return "Field " + owner.type().getSimpleName() + "." + spec.path();
  }

  static MappingException error(EntityAssembler<?> owner, RelationshipSpec spec, String problem) {
    return new MappingException(
        owner.type(), spec.field().getName(), where(owner, spec) + " " + problem);
  }
}
