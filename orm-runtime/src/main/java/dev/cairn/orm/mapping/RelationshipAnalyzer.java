package dev.cairn.orm.mapping;

import dev.cairn.orm.annotation.Column;
import dev.cairn.orm.annotation.Convert;
import dev.cairn.orm.annotation.Embedded;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.OneToOne;
import dev.cairn.orm.annotation.Version;
import dev.cairn.orm.mapping.MemberSpec.RelationshipSpec;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Recognizes relationship fields and records their target class and annotation. */
final class RelationshipAnalyzer {

  private static final List<Class<?>> COLLECTIONS = List.of(List.class, Set.class);

  private RelationshipAnalyzer() {}

  /** The relationship declared on {@code field}, or null when it has no relationship annotation. */
  static @Nullable RelationshipSpec analyze(
      Class<?> entity, Field field, String path, boolean inEmbeddable) {
    List<Annotation> found = new ArrayList<>();
    for (Class<? extends Annotation> type :
        List.of(ManyToOne.class, OneToOne.class, OneToMany.class, ManyToMany.class)) {
      Annotation annotation = field.getAnnotation(type);
      if (annotation != null) {
        found.add(annotation);
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    String where = "Field " + field.getDeclaringClass().getSimpleName() + "." + field.getName();
    if (found.size() > 1) {
      throw new MappingException(
          entity, field.getName(), where + " has several relationship annotations; keep one");
    }
    Annotation annotation = found.get(0);
    String name = "@" + annotation.annotationType().getSimpleName();
    if (inEmbeddable) {
      throw new MappingException(
          entity,
          field.getName(),
          where
              + " is a "
              + name
              + " inside an @Embeddable, which is not supported; move it to the entity");
    }
    for (Class<? extends Annotation> conflicting :
        List.of(Id.class, Version.class, Column.class, Embedded.class, Convert.class)) {
      if (field.isAnnotationPresent(conflicting)) {
        throw new MappingException(
            entity,
            field.getName(),
            where
                + " is a "
                + name
                + " and cannot also be @"
                + conflicting.getSimpleName()
                + "; name its foreign key with @JoinColumn");
      }
    }
    RelationshipKind kind = kind(annotation);
    if (Modifier.isFinal(field.getModifiers()) && !kind.isCollection()) {
      throw new MappingException(
          entity,
          field.getName(),
          where
              + " is a "
              + name
              + " and final; references are set after loading, remove final (a final collection"
              + " field is filled in place, a reference cannot be)");
    }
    if (!kind.isCollection()) {
      if (Collection.class.isAssignableFrom(field.getType())) {
        throw new MappingException(
            entity,
            field.getName(),
            where
                + " is a "
                + name
                + " but holds a collection; use @OneToMany or @ManyToMany for collections");
      }
      return new RelationshipSpec(field, path, kind, field.getType(), null, annotation);
    }
    Class<?> collection = field.getType();
    Class<?> element = elementType(field);
    if (!COLLECTIONS.contains(collection) || element == null) {
      throw new MappingException(
          entity,
          field.getName(),
          where
              + " is a "
              + name
              + " of type "
              + field.getGenericType().getTypeName()
              + "; declare it as List<Target> or Set<Target>");
    }
    return new RelationshipSpec(field, path, kind, element, collection, annotation);
  }

  private static RelationshipKind kind(Annotation annotation) {
    if (annotation instanceof ManyToOne) {
      return RelationshipKind.MANY_TO_ONE;
    }
    if (annotation instanceof OneToOne) {
      return RelationshipKind.ONE_TO_ONE;
    }
    return annotation instanceof OneToMany
        ? RelationshipKind.ONE_TO_MANY
        : RelationshipKind.MANY_TO_MANY;
  }

  private static @Nullable Class<?> elementType(Field field) {
    Type generic = field.getGenericType();
    if (generic instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments().length == 1
        && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    return null;
  }
}
