package dev.cairn.orm.internal.loading;

import dev.cairn.orm.Load.Strategy;
import dev.cairn.orm.NotLoadedException;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The relationship loading of one session: after a result is read, each relationship of its entity
 * is handed to the loader of its strategy (a lookup, as SQLAlchemy's strategies: {@link
 * LazyLoader}, {@link SelectinLoader}, {@link JoinedLoader}, {@link RaiseLoader} for collections,
 * {@link ReferenceLoader} for references, {@link InPlaceLoader} for final collection fields), and
 * what they load is processed the same way with the plan's next level. A relationship without a
 * step in the plan loads with its mapping's default ({@code load} on its annotation), at every
 * level. Also loads a collection on first access, for its whole group. Not thread-safe (a session
 * is used by one thread).
 */
public final class Loading {

  /** An owner key that cannot be told from what is in memory. */
  static final Object UNKNOWN = new Object();

  private final LoadContext context;
  private final TargetFetcher fetcher;
  private final ReferenceLoader references;

  /** The loader of each collection strategy; they hold no state, so every session shares them. */
  private static final Map<Strategy, CollectionLoader> COLLECTIONS = collectionLoaders();

  private static final InPlaceLoader IN_PLACE = new InPlaceLoader();

  private @Nullable List<InstanceState> readOnlyStates;

  /** The loading of the session behind {@code context}. */
  public Loading(LoadContext context) {
    this.context = context;
    this.fetcher = new TargetFetcher(context);
    this.references = new ReferenceLoader(this);
  }

  private static Map<Strategy, CollectionLoader> collectionLoaders() {
    Map<Strategy, CollectionLoader> loaders = new EnumMap<>(Strategy.class);
    loaders.put(Strategy.LAZY, new LazyLoader());
    loaders.put(Strategy.SELECTIN, new SelectinLoader());
    loaders.put(Strategy.JOINED, new JoinedLoader());
    loaders.put(Strategy.RAISE, new RaiseLoader());
    return loaders;
  }

  LoadContext context() {
    return context;
  }

  TargetFetcher fetcher() {
    return fetcher;
  }

  /**
   * After {@code result} (instances of {@code model}) was read by one query: loads what {@code
   * plan} and the defaults ask for; {@code joined} read some of the plan's joined steps with the
   * result, or is null. With {@code readOnly} the instances read (here and below) keep no snapshot.
   */
  public void afterResult(
      EntityModel<?> model,
      Batch result,
      LoadPlan plan,
      @Nullable JoinedLoad<?> joined,
      boolean readOnly) {
    boolean dropSnapshots = readOnly || context.readOnly();
    List<InstanceState> outer = readOnlyStates;
    if (dropSnapshots && outer == null) {
      readOnlyStates = new ArrayList<>();
    }
    try {
      process(model, result, plan, joined, true);
    } finally {
      if (dropSnapshots && outer == null) {
        List<InstanceState> states = readOnlyStates;
        readOnlyStates = null;
        if (states != null) {
          states.forEach(InstanceState::markReadOnly);
        }
      }
    }
  }

  private void process(
      EntityModel<?> model,
      Batch batch,
      LoadPlan plan,
      @Nullable JoinedLoad<?> joined,
      boolean primary) {
    List<InstanceState> collect = readOnlyStates;
    if (collect != null) {
      collect.addAll(batch.fresh());
    }
    if (batch.entities().isEmpty() || model.relationships().isEmpty()) {
      return;
    }
    Links links = context.links();
    for (RelationshipModel relationship : model.relationships()) {
      Link link = links.of(model, relationship);
      LoadPlan.Step step = plan.step(relationship);
      LoadPlan next = step == null ? LoadPlan.NONE : step.next();
      if (link.toMany()) {
        Batch targets =
            relationship.fillsInPlace()
                ? IN_PLACE.afterResult(this, batch, link, joined)
                : COLLECTIONS
                    .get(plan.strategy(relationship))
                    .afterResult(this, batch, link, step, joined, primary);
        if (!targets.entities().isEmpty()) {
          process(link.target(), targets, next, null, true);
        }
      } else {
        Batch targets = references.load(batch.entities(), link, step != null);
        if (joined != null && joined.applied(link)) {
          // what the join read was set with the result: it is processed whatever the plan says
          Batch read = joined.targets(link);
          List<Object> entities = new ArrayList<>(read.entities());
          Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
          seen.addAll(entities);
          for (Object target : targets.entities()) {
            if (seen.add(target)) {
              entities.add(target);
            }
          }
          List<InstanceState> fresh = new ArrayList<>(read.fresh());
          fresh.addAll(targets.fresh());
          targets = new Batch(entities, fresh);
        }
        process(link.target(), targets, next, null, step != null);
      }
    }
  }

  /**
   * After {@code state}'s object was refreshed: its collections that load with their result (a
   * mapping default of selectin or joined, or a final field) are read again, and what they read is
   * processed as a result.
   */
  public void afterRefresh(InstanceState state) {
    EntityModel<?> model = state.model();
    Batch batch = new Batch(List.of(state.entity()), List.of(state));
    for (RelationshipModel relationship : model.relationships()) {
      Strategy strategy = LoadPlan.mapped(relationship);
      if (!relationship.kind().isCollection()
          || (strategy != Strategy.SELECTIN && strategy != Strategy.JOINED)) {
        continue;
      }
      Link link = context.links().of(model, relationship);
      Batch targets;
      if (relationship.fillsInPlace()) {
        state.relate(relationship.ordinal(), InstanceState.UNKNOWN);
        targets = IN_PLACE.afterResult(this, batch, link, null);
      } else {
        targets =
            COLLECTIONS.get(Strategy.SELECTIN).afterResult(this, batch, link, null, null, false);
      }
      process(link.target(), targets, LoadPlan.NONE, null, true);
    }
  }

  /**
   * Puts unloaded ORM collections of {@code link}, in one group for the result, into the fields of
   * the result's new instances; unloaded collections of instances that were already in the session
   * join the group too when the result is a primary one ({@code primary}).
   */
  void install(
      Batch owners,
      Link link,
      LoadPlan.@Nullable Step step,
      @Nullable String raise,
      boolean primary) {
    RelationshipModel relationship = link.relationship();
    CollectionGroup group =
        new CollectionGroup(
            this, link, owners.entities(), step == null ? LoadPlan.NONE : step.next(), raise);
    boolean set = relationship.collectionType() == Set.class;
    int ordinal = relationship.ordinal();
    for (InstanceState state : owners.fresh()) {
      Object entity = state.entity();
      OrmCollection collection =
          set ? new RelationSet<>(entity, group) : new RelationList<>(entity, group);
      relationship.set(entity, collection);
      state.relate(ordinal, collection);
    }
    if (primary && owners.fresh().size() < owners.entities().size()) {
      for (Object entity : owners.entities()) {
        if (relationship.get(entity) instanceof OrmCollection collection
            && collection.group() != group
            && !collection.isLoaded()
            && collection.link() == link) {
          collection.group(group);
        }
      }
    }
  }

  /**
   * Loads the unloaded collections of {@code link} of the attached {@code owners} with one batch
   * statement per chunk of keys; returns the elements read.
   */
  Batch loadCollections(List<?> owners, Link link) {
    RelationshipModel relationship = link.relationship();
    Map<Object, List<OrmCollection>> byKey = new LinkedHashMap<>();
    for (Object owner : owners) {
      if (relationship.get(owner) instanceof OrmCollection collection
          && !collection.isLoaded()
          && collection.link() == link
          && context.attached(owner)) {
        Object key = ownerKey(link, owner, context.identityMap().state(owner));
        if (key == null || key == UNKNOWN) {
          collection.fill(new ArrayList<>(0));
        } else {
          byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(collection);
        }
      }
    }
    if (byKey.isEmpty()) {
      return Batch.EMPTY;
    }
    TargetFetcher.Fetched fetched = fetcher.fetch(link, byKey.keySet());
    byKey.forEach(
        (key, sameKey) -> {
          List<Object> elements = fetched.byKey.get(key);
          for (int i = 0; i < sameKey.size(); i++) {
            sameKey
                .get(i)
                .fill(
                    elements == null
                        ? new ArrayList<>(0)
                        : i == 0 ? elements : new ArrayList<>(elements));
          }
        });
    return fetched.batch();
  }

  /**
   * Loads the unloaded collections of {@code relationship} of {@code owners} (instances of {@code
   * model} in the session; a final collection field is filled when nothing was recorded for it)
   * with one batch statement per chunk of keys, without an autoflush, and processes what they read
   * as a result.
   */
  public void loadCollections(
      EntityModel<?> model, RelationshipModel relationship, List<?> owners) {
    Link link = context.links().of(model, relationship);
    Batch targets =
        relationship.fillsInPlace()
            ? IN_PLACE.afterResult(this, new Batch(owners, List.of()), link, null)
            : loadCollections(owners, link);
    afterResult(link.target(), targets, LoadPlan.NONE, null, false);
  }

  /**
   * Loads {@code collection} and the unloaded collections of its group on first access, after an
   * autoflush of pending changes; or raises for a raise option, strict mode or a detached owner.
   */
  void loadOnAccess(OrmCollection collection) {
    CollectionGroup group = collection.group();
    Link link = group.link();
    String option = "Load.selectin(\"" + link.relationship().name() + "\")";
    String raisedBy = group.raisedBy();
    if (raisedBy != null) {
      throw new NotLoadedException(
          link.describe()
              + " is not loaded: "
              + raisedBy
              + ", so accessing it is refused; load it with "
              + option
              + " or Load.joined(\""
              + link.relationship().name()
              + "\") instead");
    }
    Object owner = collection.owner();
    if (!context.attached(owner)) {
      throw new NotLoadedException(
          link.describe()
              + " of "
              + link.owner().name()
              + " with id "
              + link.owner().identifier(owner)
              + " is not loaded and the "
              + link.owner().name()
              + " is detached (its session was closed or it was expunged); load it while the"
              + " session is open, e.g. with the query option "
              + option);
    }
    if (context.strictLoading()) {
      throw new NotLoadedException(
          link.describe()
              + " is not loaded and the session loads strictly (strictLoading(true)), so it is"
              + " not loaded on access; add the query option "
              + option
              + " or Load.joined(\""
              + link.relationship().name()
              + "\")");
    }
    // pending changes go first, as before a query, so the load sees them (SQLAlchemy's autoflush)
    context.autoflush();
    InstanceState ownerState = context.identityMap().state(owner);
    boolean readOnly = ownerState != null && ownerState.readOnly();
    Batch targets = loadCollections(group.owners(), link);
    if (!collection.isLoaded()) {
      collection.fill(new ArrayList<>(0));
    }
    afterResult(link.target(), targets, group.next(), null, readOnly);
  }

  /**
   * The stored targets of {@code relationship} of {@code model} (the children of an inverse side)
   * for each of {@code owners}, by owner identity: one batch statement per chunk of owners,
   * whatever the owners' collections hold in memory; the targets are processed as a result.
   */
  public Map<Object, List<Object>> storedTargets(
      EntityModel<?> model, RelationshipModel relationship, List<?> owners) {
    Link link = context.links().of(model, relationship);
    Map<Object, List<Object>> byKey = new LinkedHashMap<>();
    for (Object owner : owners) {
      Object key = ownerKey(link, owner, context.identityMap().state(owner));
      if (key != null && key != UNKNOWN) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(owner);
      }
    }
    Map<Object, List<Object>> result = new IdentityHashMap<>();
    if (byKey.isEmpty()) {
      return result;
    }
    TargetFetcher.Fetched fetched = fetcher.fetch(link, byKey.keySet());
    byKey.forEach(
        (key, sameKey) -> {
          for (Object owner : sameKey) {
            result.put(owner, fetched.byKey.getOrDefault(key, List.of()));
          }
        });
    afterResult(link.target(), fetched.batch(), LoadPlan.NONE, null, false);
    return result;
  }

  /**
   * The values of {@code link}'s owner columns for {@code owner}: its key read from the object, a
   * foreign key from its row ({@code state}'s snapshot); null when one is NULL, {@link #UNKNOWN}
   * when the row does not hold it.
   */
  @Nullable Object ownerKey(Link link, Object owner, @Nullable InstanceState state) {
    int[] positions = context.links().ownerPositions(link);
    if (positions.length == 1) {
      return value(link.owner(), owner, state, positions[0]);
    }
    Object[] values = new Object[positions.length];
    for (int i = 0; i < values.length; i++) {
      Object value = value(link.owner(), owner, state, positions[i]);
      if (value == UNKNOWN) {
        return UNKNOWN;
      }
      values[i] = value;
    }
    return Keys.of(values);
  }

  private static @Nullable Object value(
      EntityModel<?> model, Object owner, @Nullable InstanceState state, int position) {
    if (position < 0) {
      return model.propertyArray()[-1 - position].columnValue(owner);
    }
    Object[] row = state == null ? null : state.loaded();
    return row == null || position >= row.length ? UNKNOWN : row[position];
  }
}
