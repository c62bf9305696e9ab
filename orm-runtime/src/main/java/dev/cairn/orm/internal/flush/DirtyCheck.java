package dev.cairn.orm.internal.flush;

import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.ColumnValueEquality;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The flush's dirty check: one loop over an object's column properties against its snapshot (the
 * row it was loaded with), allocating nothing while the values are the same. The version column
 * never counts; the foreign key of a reference that was never loaded and is still empty is not a
 * change (it keeps its stored value), nor is the hidden foreign key of another entity's
 * unidirectional collection, which changes with that collection.
 */
public final class DirtyCheck {

  private DirtyCheck() {}

  /** Whether {@code a} and {@code b} are the same column value (see ColumnValueEquality). */
  public static boolean same(@Nullable Object a, @Nullable Object b) {
    return ColumnValueEquality.same(a, b);
  }

  /**
   * Whether the columns of {@code state}'s object differ from its snapshot; true when there is no
   * snapshot (every column is then written).
   */
  public static boolean changed(InstanceState state, EntityPersister persister) {
    Object[] loaded = state.loaded();
    if (loaded == null) {
      return true;
    }
    Object entity = state.entity();
    PropertyModel[] properties = state.model().propertyArray();
    int[] owners = persister.foreignKeyOwners();
    List<RelationshipModel> relationships = state.model().relationships();
    for (int i = 0; i < properties.length; i++) {
      PropertyModel property = properties[i];
      if (property.isVersion() || property.isCollectionKey()) {
        // a unidirectional collection's foreign key follows that collection (ChildKeys)
        continue;
      }
      int owner = owners[i];
      if (owner >= 0 && relationships.get(owner).get(entity) == null && !state.settled(owner)) {
        continue;
      }
      if (!property.holds(entity, loaded[i])) {
        return true;
      }
    }
    return false;
  }
}
