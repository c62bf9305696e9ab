package dev.cairn.orm.mapping;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.orm.annotation.GenerationStrategy;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the analysis of one mapped field found, before the table and accessors are built. */
sealed interface MemberSpec {

  /** The field. */
  Field field();

  /** The property path from the entity, e.g. {@code homeAddress.city}. */
  String path();

  /** A field stored in one column. */
  record ColumnSpec(
      Field field,
      String path,
      String columnName,
      SqlType<?> type,
      boolean nullable,
      boolean unique,
      boolean insertable,
      boolean updatable,
      boolean id,
      boolean version,
      @Nullable GenerationStrategy generation,
      @Nullable String sequenceName,
      Converters.@Nullable Resolved converter)
      implements MemberSpec {}

  /** An embedded value object: its members in declaration order. */
  record EmbeddedSpec(Field field, String path, Class<?> type, List<MemberSpec> members)
      implements MemberSpec {

    /** Copies the members. */
    public EmbeddedSpec {
      members = List.copyOf(members);
    }
  }

  /** A relationship field, recorded with its annotation. */
  record RelationshipSpec(
      Field field,
      String path,
      RelationshipKind kind,
      Class<?> target,
      @Nullable Class<?> collectionType,
      Annotation annotation)
      implements MemberSpec {}
}
