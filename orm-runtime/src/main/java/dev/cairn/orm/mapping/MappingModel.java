package dev.cairn.orm.mapping;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.MetaData;
import dev.cairn.orm.annotation.AttributeConverter;
import dev.cairn.orm.annotation.Entity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The mapping of a set of entity classes, built once (when the {@code SessionFactory} is built): an
 * {@link EntityModel} per class and the Core {@link MetaData} holding their tables, so {@code
 * createAll}/{@code dropAll} come from Core.
 *
 * <pre>{@code
 * MappingModel model = MappingModel.builder().entities(User.class, Order.class).build();
 * EntityModel<User> users = model.entity(User.class);
 * List<String> ddl = model.metaData().createDdl(Dialects.POSTGRESQL);
 * }</pre>
 *
 * <p>Every mapping error is raised by {@link Builder#build()} as a {@link MappingException}.
 * Immutable and thread-safe once built.
 */
public final class MappingModel {

  private final MetaData metaData;
  private final Map<Class<?>, EntityModel<?>> byClass;
  private final Map<String, EntityModel<?>> byName;
  private final List<EntityModel<?>> entities;

  private MappingModel(MetaData metaData, Map<Class<?>, EntityModel<?>> byClass) {
    this.metaData = metaData;
    this.byClass = Collections.unmodifiableMap(byClass);
    Map<String, EntityModel<?>> names = new LinkedHashMap<>();
    byClass.values().forEach(model -> names.put(model.name(), model));
    this.byName = Collections.unmodifiableMap(names);
    this.entities = List.copyOf(byClass.values());
    for (int i = 0; i < entities.size(); i++) {
      entities.get(i).index(i);
    }
  }

  /** A builder for a model. */
  public static Builder builder() {
    return new Builder();
  }

  /** The model of {@code entityClasses} with the default naming strategy. */
  public static MappingModel of(Class<?>... entityClasses) {
    return builder().entities(entityClasses).build();
  }

  /** The MetaData holding every entity's table (and the sequences their keys use). */
  public MetaData metaData() {
    return metaData;
  }

  /** The entity models in registration order. */
  public List<EntityModel<?>> entities() {
    return entities;
  }

  /** The model of {@code entityClass}; a CairnException saying how to register it if absent. */
  @SuppressWarnings("unchecked")
  public <T> EntityModel<T> entity(Class<T> entityClass) {
    EntityModel<?> model = byClass.get(entityClass);
    if (model == null) {
      throw new CairnException(
          entityClass.getName()
              + " is not a registered entity"
              + (entityClass.isAnnotationPresent(Entity.class) ? "" : " (it has no @Entity)")
              + "; register it with entities(...) or scan(...) when building; registered are "
              + byName.keySet());
    }
    return (EntityModel<T>) model;
  }

  /** The model of {@code entityClass}, or null when it is not registered. */
  @SuppressWarnings("unchecked")
  public <T> @Nullable EntityModel<T> findEntity(Class<T> entityClass) {
    return (EntityModel<T>) byClass.get(entityClass);
  }

  /** The model of the entity named {@code name}; a CairnException naming the known ones. */
  public EntityModel<?> entity(String name) {
    EntityModel<?> model = byName.get(name);
    if (model == null) {
      throw new CairnException(
          "There is no entity named '" + name + "'; the entities are " + byName.keySet());
    }
    return model;
  }

  /** Collects entity classes and options, then builds the model. Not thread-safe. */
  public static final class Builder {

    private final Set<Class<?>> classes = new LinkedHashSet<>();
    private final Map<Class<?>, Converters.Resolved> converters = new LinkedHashMap<>();
    private NamingStrategy naming = SnakeCaseNamingStrategy.INSTANCE;
    private @Nullable MetaData metaData;

    private Builder() {}

    /** Registers entity classes (each must be {@code @Entity}). */
    public Builder entities(Class<?>... entityClasses) {
      Collections.addAll(classes, entityClasses);
      return this;
    }

    /** Registers entity classes (each must be {@code @Entity}). */
    public Builder entities(Iterable<? extends Class<?>> entityClasses) {
      entityClasses.forEach(classes::add);
      return this;
    }

    /**
     * Registers the {@code @Entity} classes of {@code packages} (and their sub-packages) found by
     * {@link ClassScanner} with the thread's context class loader; a package without any fails.
     */
    public Builder scan(String... packages) {
      for (String packageName : packages) {
        List<Class<?>> found = ClassScanner.findEntities(packageName);
        if (found.isEmpty()) {
          throw new MappingException(
              null,
              null,
              "No @Entity classes found in package "
                  + packageName
                  + " on the class path; check the package name");
        }
        classes.addAll(found);
      }
      return this;
    }

    /** Replaces the naming strategy (default {@link SnakeCaseNamingStrategy}). */
    public Builder namingStrategy(NamingStrategy namingStrategy) {
      this.naming = namingStrategy;
      return this;
    }

    /**
     * Stores every field of {@code type} without its own {@code @Convert} through {@code
     * converter}; the converter's class must declare concrete type arguments.
     */
    public <A> Builder converter(Class<A> type, AttributeConverter<A, ?> converter) {
      Converters.Resolved resolved = Converters.resolve(converter, null, type.getSimpleName());
      converters.put(TypeMapping.wrap(type), resolved);
      return this;
    }

    /** Adds the entities' tables to an existing MetaData (e.g. one with Core tables). */
    public Builder metaData(MetaData target) {
      this.metaData = target;
      return this;
    }

    /** Builds the model; a {@link MappingException} names the first wrong declaration. */
    public MappingModel build() {
      Map<String, Class<?>> tableOwners = new LinkedHashMap<>();
      Map<String, Class<?>> nameOwners = new LinkedHashMap<>();
      List<EntityAssembler<?>> assemblers = new ArrayList<>();
      for (Class<?> type : classes) {
        Entity entity = type.getAnnotation(Entity.class);
        if (entity == null) {
          throw new MappingException(
              type,
              null,
              type.getName()
                  + " was registered as an entity but has no @Entity; annotate it with @Entity or"
                  + " do not register it");
        }
        String name = entity.name().isEmpty() ? type.getSimpleName() : entity.name();
        String tableName = tableName(type);
        claim(nameOwners, name, type, "entity name", "@Entity(name)");
        claim(tableOwners, tableName, type, "table", "@Table(name)");
        List<MemberSpec> members =
            new ClassAnalyzer(type, tableName, naming, converters, classes).analyze();
        assemblers.add(new EntityAssembler<>(type, name, tableName, members));
      }
      checkRelationshipTargets(assemblers);
      RelationshipResolver relationships = new RelationshipResolver(assemblers, naming);
      relationships.define();
      MetaData target = metaData != null ? metaData : new MetaData();
      Map<Class<?>, EntityModel<?>> models = new LinkedHashMap<>();
      for (EntityAssembler<?> assembler : assemblers) {
        add(target, assembler.table());
        EntityModel<?> model = assembler.assemble(relationships);
        models.put(model.javaType(), model);
      }
      for (dev.cairn.core.schema.Table joinTable : relationships.joinTables()) {
        add(target, joinTable);
      }
      RelationshipResolver.link(models);
      return new MappingModel(target, models);
    }

    private static void add(MetaData target, dev.cairn.core.schema.Table table) {
      try {
        target.add(table);
      } catch (CairnException e) {
        throw new MappingException(null, null, e.getMessage(), e);
      }
    }

    private String tableName(Class<?> type) {
      dev.cairn.orm.annotation.Table table =
          type.getAnnotation(dev.cairn.orm.annotation.Table.class);
      return table != null && !table.name().isEmpty() ? table.name() : naming.tableName(type);
    }

    private static void claim(
        Map<String, Class<?>> owners, String name, Class<?> type, String what, String fix) {
      Class<?> other = owners.putIfAbsent(name.toLowerCase(Locale.ROOT), type);
      if (other != null) {
        throw new MappingException(
            type,
            null,
            "Entities "
                + other.getName()
                + " and "
                + type.getName()
                + " both use the "
                + what
                + " '"
                + name
                + "'; give one of them another "
                + fix);
      }
    }

    private void checkRelationshipTargets(List<EntityAssembler<?>> assemblers) {
      for (EntityAssembler<?> assembler : assemblers) {
        for (MemberSpec.RelationshipSpec relationship : assembler.relationships()) {
          Class<?> target = relationship.target();
          if (!classes.contains(target)) {
            throw new MappingException(
                assembler.type(),
                relationship.field().getName(),
                "Field "
                    + assembler.type().getSimpleName()
                    + "."
                    + relationship.path()
                    + " is a @"
                    + relationship.annotation().annotationType().getSimpleName()
                    + " to "
                    + target.getName()
                    + ", which is not a registered entity; "
                    + (target.isAnnotationPresent(Entity.class)
                        ? "register it with entities(...) or scan(...)"
                        : "annotate it with @Entity and register it"));
          }
        }
      }
    }
  }
}
