package dev.cairn.orm.internal.loading;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code Load.joined}: the query's LEFT OUTER JOIN read the elements with the result ({@link
 * JoinedLoad}); they are put into the collections now. Where the join was left out (a limited query
 * must count parents), the collections load as with {@link SelectinLoader}.
 */
final class JoinedLoader implements CollectionLoader {

  private final CollectionLoader fallback = new SelectinLoader();

  @Override
  public Batch afterResult(
      Loading loading,
      Batch owners,
      Link link,
      LoadPlan.@Nullable Step step,
      @Nullable JoinedLoad<?> joined,
      boolean primary) {
    if (joined == null || !joined.applied(link)) {
      return fallback.afterResult(loading, owners, link, step, joined, primary);
    }
    loading.install(owners, link, step, null, primary);
    Map<Object, List<Object>> elements = joined.elements(link);
    for (Object owner : owners.entities()) {
      if (link.relationship().get(owner) instanceof OrmCollection collection
          && !collection.isLoaded()
          && collection.link() == link) {
        List<Object> found = elements.get(owner);
        collection.fill(found == null ? new java.util.ArrayList<>() : found);
      }
    }
    return joined.targets(link);
  }
}
