package dev.cairn.orm.internal.loading;

import dev.cairn.core.engine.Row;
import dev.cairn.core.schema.Column;
import dev.cairn.orm.Load;
import dev.cairn.orm.Load.Strategy;
import dev.cairn.orm.NotLoadedException;
import dev.cairn.orm.internal.SessionContext;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The relationship loading of one session: installs ORM collections into new instances, loads the
 * references of every result right after it is read, and loads a collection on first access for all
 * its siblings at once — each in one {@code IN (...)} query per chunk of keys, the identity map
 * consulted first. Raises for raise options, strict mode and detached owners. Not thread-safe (a
 * session is used by one thread).
 */
public final class SessionLoader {

  private static final Object UNKNOWN = new Object();

  private final SessionContext context;
  private final Links links;
  private final TargetFetcher fetcher;
  private final Map<Object, @Nullable Object[]> foreignValues = new IdentityHashMap<>();
  private final Map<Link, Set<Object>> referencesDone = new IdentityHashMap<>();

  /** The loader of the session behind {@code context}. */
  public SessionLoader(SessionContext context, Links links) {
    this.context = context;
    this.links = links;
    this.fetcher = new TargetFetcher(context, links, this);
  }

  /** The resolved relationships. */
  public Links links() {
    return links;
  }

  SessionContext context() {
    return context;
  }

  /** Columns queries of {@code model} read after its column properties (see {@link #capture}). */
  public List<Column<?>> foreignColumns(EntityModel<?> model) {
    return links.foreignColumns(model);
  }

  /**
   * Keeps the foreign-key values of {@code entity}'s references from its row, whose column
   * properties start at {@code first} and are followed by {@link #foreignColumns}.
   */
  public void capture(EntityModel<?> model, Object entity, Row row, int first) {
    int[] positions = links.capturePositions(model);
    if (positions.length == 0) {
      return;
    }
    Object[] values = new Object[positions.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(first + positions[i]);
    }
    foreignValues.put(entity, values);
  }

  /** Keeps the foreign-key values of {@code entity} from its column values (when all are there). */
  public void capture(EntityModel<?> model, Object entity, @Nullable Object[] columnValues) {
    int[] positions = links.capturePositions(model);
    if (positions.length == 0) {
      return;
    }
    Object[] values = new Object[positions.length];
    for (int i = 0; i < values.length; i++) {
      if (positions[i] >= columnValues.length) {
        return;
      }
      values[i] = columnValues[positions[i]];
    }
    foreignValues.put(entity, values);
  }

  /** Puts unloaded ORM collections into the collection fields of a newly loaded instance. */
  public void install(EntityModel<?> model, Object entity) {
    Siblings alone = null;
    for (RelationshipModel relationship : model.relationships()) {
      if (!relationship.kind().isCollection()
          || relationship.get(entity) instanceof CollectionState.Filler) {
        continue;
      }
      if (alone == null) {
        alone = new Siblings(model, List.of(entity), LoadPlan.NONE, true);
      }
      CollectionState state =
          new CollectionState(entity, links.of(model, relationship), this, alone);
      Object collection =
          relationship.collectionType() == Set.class
              ? new RelationSet<>(state)
              : new RelationList<>(state);
      relationship.set(entity, collection);
      context.relationshipLoaded(entity, relationship, collection);
    }
  }

  /**
   * After {@code entities} of {@code model} were read by one result: makes them siblings for lazy
   * collections and loads what {@code plan} and the defaults ask for; {@code joined} read some of
   * the plan's joined steps with the result (others are loaded as selectin), or is null.
   */
  public void afterResult(
      EntityModel<?> model, List<?> entities, LoadPlan plan, @Nullable JoinedLoad<?> joined) {
    process(model, entities, plan, joined, true);
  }

  /**
   * {@link #afterResult}; a secondary group (the targets of references, which may belong to other
   * results) only takes over collections still in their provisional group.
   */
  private void process(
      EntityModel<?> model,
      List<?> entities,
      LoadPlan plan,
      @Nullable JoinedLoad<?> joined,
      boolean primary) {
    if (entities.isEmpty() || model.relationships().isEmpty()) {
      return;
    }
    Siblings siblings = new Siblings(model, new ArrayList<>(entities), plan, false);
    for (RelationshipModel relationship : model.relationships()) {
      Link link = links.of(model, relationship);
      LoadPlan.Step step = plan.step(relationship);
      Strategy strategy = step == null ? Strategy.LAZY : step.strategy();
      LoadPlan next = step == null ? LoadPlan.NONE : step.next();
      if (strategy == Strategy.JOINED && (joined == null || !joined.applied(link))) {
        strategy = Strategy.SELECTIN;
      }
      List<Object> targets;
      if (link.toMany()) {
        adopt(siblings, link, step, primary);
        if (strategy == Strategy.SELECTIN) {
          targets = loadCollections(siblings, link);
        } else if (strategy == Strategy.JOINED) {
          targets = elements(siblings, link);
        } else {
          continue;
        }
        process(link.target(), targets, next, null, true);
      } else {
        targets = loadReferences(siblings, link, step != null);
        process(link.target(), targets, next, null, step != null);
      }
    }
  }

  /**
   * The stored targets of {@code relationship} of {@code model} (the children of an inverse side)
   * for each of {@code owners}, by owner identity: one batch statement per chunk of owners, as
   * collections load, whatever the owners' collections hold in memory. The targets are read through
   * the session and processed as a result (their references load in one batch).
   */
  public Map<Object, List<Object>> storedTargets(
      EntityModel<?> model, RelationshipModel relationship, List<?> owners) {
    Link link = links.of(model, relationship);
    Map<Object, List<Object>> byKey = new LinkedHashMap<>();
    for (Object owner : owners) {
      Object key = ownerKey(link, owner);
      if (key != null && key != UNKNOWN) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(owner);
      }
    }
    Map<Object, List<Object>> result = new IdentityHashMap<>();
    if (byKey.isEmpty()) {
      return result;
    }
    List<Object> loaded = new ArrayList<>();
    Map<Object, List<Object>> fetched = fetcher.fetch(link, byKey.keySet(), loaded);
    byKey.forEach(
        (key, sameKey) -> {
          for (Object owner : sameKey) {
            result.put(owner, fetched.getOrDefault(key, List.of()));
          }
        });
    afterResult(link.target(), loaded, LoadPlan.NONE, null);
    return result;
  }

  /**
   * Loads the collection of {@code state} and its siblings' on first access, after an autoflush of
   * pending changes; or raises.
   */
  void loadOnAccess(CollectionState state) {
    Link link = state.link;
    String option = "Load.selectin(\"" + link.relationship().name() + "\")";
    Load raisedBy = state.raisedBy;
    if (raisedBy != null) {
      throw new NotLoadedException(
          link.describe()
              + " is not loaded: the query said "
              + raisedBy
              + ", so accessing it is refused; load it with "
              + option
              + " or Load.joined(\""
              + link.relationship().name()
              + "\") instead");
    }
    if (!context.attached(state.owner)) {
      throw new NotLoadedException(
          link.describe()
              + " of "
              + link.owner().name()
              + " with id "
              + link.owner().identifier(state.owner)
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
    LoadPlan.Step step = state.siblings.plan().step(link.relationship());
    List<Object> targets = loadCollections(state.siblings, link);
    process(link.target(), targets, step == null ? LoadPlan.NONE : step.next(), null, true);
  }

  /** Tells the session a collection was filled by loading (not changed by the user). */
  void filled(CollectionState.Filler filler) {
    context.relationshipLoaded(filler.state().owner, filler.state().link.relationship(), filler);
  }

  /** Tells the session a reference was set by loading. */
  void referenceLoaded(Link link, Object owner, @Nullable Object target) {
    context.relationshipLoaded(owner, link.relationship(), target);
  }

  /** Records that the reference of {@code link} in {@code owner} is settled (loaded or null). */
  void referenceDone(Link link, Object owner) {
    referencesDone
        .computeIfAbsent(link, l -> Collections.newSetFromMap(new IdentityHashMap<>()))
        .add(owner);
  }

  private void adopt(Siblings siblings, Link link, LoadPlan.@Nullable Step step, boolean primary) {
    Load raise = step != null && step.strategy() == Strategy.RAISE ? step.option() : null;
    for (Object entity : siblings.entities()) {
      if (link.relationship().get(entity) instanceof CollectionState.Filler filler
          && !filler.state().loaded
          && filler.state().link == link
          && (primary || filler.state().siblings.provisional())) {
        filler.state().siblings = siblings;
        filler.state().raisedBy = raise;
      }
    }
  }

  private List<Object> elements(Siblings siblings, Link link) {
    List<Object> all = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object entity : siblings.entities()) {
      Object value = link.relationship().get(entity);
      if (value instanceof CollectionState.Filler filler && filler.state().loaded) {
        for (Object element : (Iterable<?>) value) {
          if (seen.add(element)) {
            all.add(element);
          }
        }
      }
    }
    return all;
  }

  private List<Object> loadCollections(Siblings siblings, Link link) {
    Map<Object, List<CollectionState.Filler>> byKey = new LinkedHashMap<>();
    for (Object entity : siblings.entities()) {
      if (link.relationship().get(entity) instanceof CollectionState.Filler filler
          && !filler.state().loaded
          && filler.state().link == link
          && context.attached(entity)) {
        Object key = ownerKey(link, entity);
        if (key == null || key == UNKNOWN) {
          filler.fill(List.of());
          filled(filler);
        } else {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(filler);
        }
      }
    }
    if (byKey.isEmpty()) {
      return List.of();
    }
    List<Object> loaded = new ArrayList<>();
    Map<Object, List<Object>> fetched = fetcher.fetch(link, byKey.keySet(), loaded);
    byKey.forEach(
        (key, fillers) -> {
          List<Object> elements = fetched.getOrDefault(key, List.of());
          for (CollectionState.Filler filler : fillers) {
            filler.fill(elements);
            filled(filler);
          }
        });
    return loaded;
  }

  /**
   * Sets the unloaded references of {@code link} in the siblings; returns the referenced instances
   * of every sibling ({@code all}) or only of those settled now (so cycles end).
   */
  private List<Object> loadReferences(Siblings siblings, Link link, boolean all) {
    RelationshipModel relationship = link.relationship();
    boolean owning = relationship.mappedBy() == null;
    Set<Object> done =
        referencesDone.computeIfAbsent(
            link, l -> Collections.newSetFromMap(new IdentityHashMap<>()));
    List<Object> owners = new ArrayList<>();
    for (Object entity : siblings.entities()) {
      if (!done.contains(entity) && relationship.get(entity) == null) {
        owners.add(entity);
      }
    }
    if (owning) {
      fetcher.ensureCaptured(siblings.model(), owners);
    }
    Map<Object, List<Object>> byKey = new LinkedHashMap<>();
    for (Object owner : owners) {
      Object key = ownerKey(link, owner);
      if (key == null || key == UNKNOWN) {
        done.add(owner);
        continue;
      }
      Object cached = owning ? cachedTarget(link, key) : null;
      if (cached != null) {
        relationship.set(owner, cached);
        context.relationshipLoaded(owner, relationship, cached);
        done.add(owner);
      } else {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(owner);
      }
    }
    if (!byKey.isEmpty()) {
      Map<Object, List<Object>> fetched = fetcher.fetch(link, byKey.keySet(), new ArrayList<>());
      byKey.forEach(
          (key, keyOwners) -> {
            List<Object> found = fetched.get(key);
            for (Object owner : keyOwners) {
              Object target = found == null || found.isEmpty() ? null : found.get(0);
              relationship.set(owner, target);
              context.relationshipLoaded(owner, relationship, target);
              done.add(owner);
            }
          });
    }
    List<Object> targets = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object entity : all ? siblings.entities() : owners) {
      Object target = relationship.get(entity);
      if (target != null && seen.add(target)) {
        targets.add(target);
      }
    }
    return targets;
  }

  /** The instance in the identity map whose key columns hold {@code key}, or null. */
  private @Nullable Object cachedTarget(Link link, Object key) {
    EntityModel<?> target = link.target();
    List<PropertyModel> ids = target.idProperties();
    if (ids.size() != link.targetColumns().size()) {
      return null;
    }
    Object[] parts = new Object[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i).column() != link.targetColumns().get(i)) {
        return null;
      }
      parts[i] = ids.get(i).toAttributeValue(ids.size() == 1 ? key : ((List<?>) key).get(i));
    }
    Object entityKey = parts.length == 1 ? parts[0] : List.of(parts);
    return context.cached(target, entityKey);
  }

  /** The values of {@code link}'s owner columns in {@code owner}: a key, null, or UNKNOWN. */
  @Nullable Object ownerKey(Link link, Object owner) {
    EntityModel<?> model = link.owner();
    List<Column<?>> columns = link.ownerColumns();
    Object[] values = new Object[columns.size()];
    List<Column<?>> capturedColumns = links.capturedColumns(model);
    for (int i = 0; i < values.length; i++) {
      int capturedAt = Keys.indexOf(capturedColumns, columns.get(i));
      if (capturedAt >= 0) {
        Object[] captured = foreignValues.get(owner);
        if (captured == null) {
          return UNKNOWN;
        }
        values[i] = captured[capturedAt];
      } else {
        int property = Links.property(model, columns.get(i));
        values[i] = model.columnProperties().get(property).columnValue(owner);
      }
    }
    return Keys.of(values);
  }

  /** Whether the foreign values of {@code entity} were read. */
  boolean captured(Object entity) {
    return foreignValues.containsKey(entity);
  }

  /** Stores foreign values read by a separate statement. */
  void captured(Object entity, @Nullable Object[] values) {
    foreignValues.put(entity, values);
  }
}
