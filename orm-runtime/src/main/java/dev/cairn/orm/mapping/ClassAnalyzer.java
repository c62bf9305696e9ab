package dev.cairn.orm.mapping;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.orm.annotation.Column;
import dev.cairn.orm.annotation.Convert;
import dev.cairn.orm.annotation.Embeddable;
import dev.cairn.orm.annotation.Embedded;
import dev.cairn.orm.annotation.EnumType;
import dev.cairn.orm.annotation.Enumerated;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.GenerationStrategy;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Version;
import dev.cairn.orm.mapping.MemberSpec.ColumnSpec;
import dev.cairn.orm.mapping.MemberSpec.EmbeddedSpec;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the annotations of an entity class (and the embeddables it uses) into {@link MemberSpec}s,
 * failing with a {@link MappingException} on every declaration Cairn cannot map.
 */
final class ClassAnalyzer {

  private static final Set<Class<?>> VERSION_TYPES =
      Set.of(
          Short.class,
          Integer.class,
          Long.class,
          LocalDateTime.class,
          OffsetDateTime.class,
          Instant.class);

  private final Class<?> entity;
  private final String table;
  private final NamingStrategy naming;
  private final Map<Class<?>, Converters.Resolved> typeConverters;
  private final Set<Class<?>> entityClasses;
  private final Deque<Class<?>> embedding = new ArrayDeque<>();

  ClassAnalyzer(
      Class<?> entity,
      String table,
      NamingStrategy naming,
      Map<Class<?>, Converters.Resolved> typeConverters,
      Set<Class<?>> entityClasses) {
    this.entity = entity;
    this.table = table;
    this.naming = naming;
    this.typeConverters = typeConverters;
    this.entityClasses = entityClasses;
  }

  /** The entity's members in column order: mapped superclass fields first. */
  List<MemberSpec> analyze() {
    return members(entity, "", "", false);
  }

  private List<MemberSpec> members(
      Class<?> type, String pathPrefix, String columnPrefix, boolean inEmbeddable) {
    List<MemberSpec> members = new ArrayList<>();
    for (Field field : FieldScan.mappedFields(type)) {
      String path = pathPrefix + field.getName();
      MemberSpec relationship = RelationshipAnalyzer.analyze(entity, field, path, inEmbeddable);
      if (relationship != null) {
        members.add(relationship);
      } else if (isEmbedded(field)) {
        members.add(embedded(field, path, columnPrefix));
      } else {
        members.add(column(field, path, columnPrefix, inEmbeddable));
      }
    }
    return members;
  }

  private static boolean isEmbedded(Field field) {
    return field.isAnnotationPresent(Embedded.class)
        || field.getType().isAnnotationPresent(Embeddable.class);
  }

  private EmbeddedSpec embedded(Field field, String path, String columnPrefix) {
    Class<?> type = field.getType();
    if (!type.isAnnotationPresent(Embeddable.class)) {
      throw error(
          field,
          "is @Embedded but its type "
              + type.getName()
              + " is not @Embeddable; annotate "
              + type.getSimpleName()
              + " with @Embeddable");
    }
    if (field.isAnnotationPresent(Id.class)) {
      throw error(
          field,
          "is an @Id of an @Embeddable type, which is not supported; declare a composite key as"
              + " several @Id fields of the entity");
    }
    if (field.isAnnotationPresent(Version.class) || field.isAnnotationPresent(Convert.class)) {
      throw error(field, "is @Embedded and cannot also be @Version or @Convert; remove those");
    }
    if (embedding.contains(type)) {
      throw error(
          field, "embeds " + type.getSimpleName() + " inside itself; break the embedding cycle");
    }
    Embedded annotation = field.getAnnotation(Embedded.class);
    String prefix =
        annotation != null && !annotation.prefix().isEmpty()
            ? annotation.prefix()
            : naming.columnName(field.getName()) + "_";
    embedding.push(type);
    try {
      List<MemberSpec> members = members(type, path + ".", columnPrefix + prefix, true);
      if (members.isEmpty()) {
        throw error(field, "embeds " + type.getSimpleName() + ", which has no mapped fields");
      }
      return new EmbeddedSpec(field, path, type, members);
    } finally {
      embedding.pop();
    }
  }

  private ColumnSpec column(Field field, String path, String columnPrefix, boolean inEmbeddable) {
    Column column = field.getAnnotation(Column.class);
    boolean id = field.isAnnotationPresent(Id.class);
    boolean version = field.isAnnotationPresent(Version.class);
    GeneratedValue generated = field.getAnnotation(GeneratedValue.class);
    if (inEmbeddable && (id || version || generated != null)) {
      throw error(
          field,
          "is inside an @Embeddable and cannot be @Id, @Version or @GeneratedValue; put those on"
              + " fields of the entity");
    }
    if (id && version) {
      throw error(field, "is both @Id and @Version; a row's version cannot be part of its key");
    }
    if (generated != null && !id) {
      throw error(field, "is @GeneratedValue but not @Id; only key fields are generated");
    }
    String columnName =
        column != null && !column.name().isEmpty()
            ? column.name()
            : columnPrefix + naming.columnName(field.getName());
    Converters.Resolved converter = converter(field);
    Class<?> storedType = converter != null ? converter.columnType() : field.getType();
    SqlType<?> sqlType = TypeMapping.sqlType(storedType, column, owner(field), field.getName());
    if (sqlType == null) {
      throw unsupported(field, converter);
    }
    Class<?> boxed = TypeMapping.wrap(field.getType());
    if (version && (converter != null || !VERSION_TYPES.contains(boxed))) {
      throw error(
          field,
          "is @Version but its type is "
              + field.getType().getName()
              + "; a version is a short, int, long (or wrapper) counter or a LocalDateTime,"
              + " OffsetDateTime or Instant timestamp");
    }
    GenerationStrategy strategy = generated == null ? null : generated.strategy();
    String sequenceName = null;
    if (strategy != null) {
      checkGeneration(field, strategy, sqlType, converter);
      if (strategy == GenerationStrategy.SEQUENCE) {
        sequenceName =
            generated.sequence().isEmpty()
                ? naming.sequenceName(table, columnName)
                : generated.sequence();
      }
    }
    boolean nullable =
        !field.getType().isPrimitive() && !id && !version && (column == null || column.nullable());
    return new ColumnSpec(
        field,
        path,
        columnName,
        sqlType,
        nullable,
        column != null && column.unique(),
        column == null || column.insertable(),
        column == null || column.updatable(),
        id,
        version,
        strategy,
        sequenceName,
        converter);
  }

  private Converters.@Nullable Resolved converter(Field field) {
    Class<?> boxed = TypeMapping.wrap(field.getType());
    Enumerated enumerated = field.getAnnotation(Enumerated.class);
    if (enumerated != null && !boxed.isEnum()) {
      throw error(field, "is @Enumerated but its type " + boxed.getName() + " is not an enum");
    }
    Convert convert = field.getAnnotation(Convert.class);
    Converters.Resolved converter;
    if (convert != null) {
      converter = Converters.instantiate(convert.converter(), owner(field), field.getName());
    } else if (typeConverters.containsKey(boxed)) {
      converter = typeConverters.get(boxed);
    } else if (enumerated != null && enumerated.value() == EnumType.ORDINAL) {
      return new Converters.Resolved(new Converters.Ordinal(boxed), boxed, Integer.class);
    } else {
      return null;
    }
    if (!converter.attributeType().isAssignableFrom(boxed)) {
      throw error(
          field,
          "is a "
              + boxed.getName()
              + " but its converter "
              + converter.converter().getClass().getName()
              + " converts "
              + converter.attributeType().getName()
              + "; use a converter for "
              + boxed.getSimpleName());
    }
    return converter;
  }

  private void checkGeneration(
      Field field,
      GenerationStrategy strategy,
      SqlType<?> sqlType,
      Converters.@Nullable Resolved converter) {
    Class<?> boxed = TypeMapping.wrap(field.getType());
    boolean integral =
        converter == null
            && (boxed == Short.class || boxed == Integer.class || boxed == Long.class);
    boolean ok =
        switch (strategy) {
          case IDENTITY, SEQUENCE -> integral;
          case UUID -> converter == null && sqlType.equals(SqlTypes.UUID_TYPE);
        };
    if (!ok) {
      String needed =
          strategy == GenerationStrategy.UUID
              ? "a java.util.UUID"
              : "a short, int or long (or wrapper)";
      throw error(
          field,
          "is @GeneratedValue("
              + strategy
              + ") but its type is "
              + field.getType().getName()
              + "; "
              + strategy
              + " generates "
              + needed
              + ". Change the field's type or the strategy");
    }
  }

  private MappingException unsupported(Field field, Converters.@Nullable Resolved converter) {
    Class<?> type = field.getType();
    if (converter != null) {
      return error(
          field,
          "has converter "
              + converter.converter().getClass().getName()
              + " whose column type "
              + converter.columnType().getName()
              + " is not mapped by Cairn; convert to one of: "
              + TypeMapping.SUPPORTED);
    }
    String hint;
    if (entityClasses.contains(type)
        || type.isAnnotationPresent(dev.cairn.orm.annotation.Entity.class)) {
      hint = "; it refers to an entity: annotate it with @ManyToOne or @OneToOne";
    } else if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
      hint = "; for a collection of entities use @OneToMany or @ManyToMany, else @Transient";
    } else {
      hint = "; add @Convert(converter = ...) or mark it @Transient";
    }
    return error(
        field,
        "has type "
            + type.getName()
            + ", which Cairn does not map. Supported types: "
            + TypeMapping.SUPPORTED
            + hint);
  }

  private Class<?> owner(Field field) {
    return embedding.isEmpty() ? entity : field.getDeclaringClass();
  }

  private MappingException error(Field field, String problem) {
    return new MappingException(
        entity,
        field.getName(),
        "Field "
            + field.getDeclaringClass().getSimpleName()
            + "."
            + field.getName()
            + (field.getDeclaringClass() == entity
                ? ""
                : " (mapped in entity " + entity.getSimpleName() + ")")
            + " "
            + problem);
  }
}
