package dev.cairn.spring.data.query;

import dev.cairn.orm.Criterion;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * The WHERE clause of a derived query: the {@code Or}-separated groups of {@code And}-ed {@link
 * DerivedPart}s of a {@link PartTree}, checked once and turned into a {@link Criterion} per call.
 */
final class DerivedCriteria {

  private final List<List<DerivedPart>> groups;

  private DerivedCriteria(List<List<DerivedPart>> groups) {
    this.groups = groups;
  }

  /**
   * The criteria of {@code tree} checked against {@code model}: every part supported and mapped,
   * and exactly as many bindable parameters as the parts use.
   */
  static DerivedCriteria check(
      CairnQueryMethod method, PartTree tree, EntityModel<?> model, MappingModel mapping) {
    List<Class<?>> types = new ArrayList<>();
    for (Parameter parameter : method.getParameters().getBindableParameters()) {
      types.add(parameter.getType());
    }
    List<List<DerivedPart>> groups = new ArrayList<>();
    int argument = 0;
    for (PartTree.OrPart or : tree) {
      List<DerivedPart> group = new ArrayList<>();
      for (Part part : or) {
        DerivedPart checked = DerivedPart.check(method, part, model, mapping, types, argument);
        argument += checked.arguments();
        group.add(checked);
      }
      groups.add(group);
    }
    if (argument != types.size()) {
      throw method.failure(
          "its name uses "
              + argument
              + " parameter(s) but it declares "
              + types.size()
              + " (besides Sort, Pageable and a projection Class)",
          "declare exactly one parameter per condition value (two for Between, none for IsNull,"
              + " True, …), in the order of the method name");
    }
    return new DerivedCriteria(groups);
  }

  /** The criterion for the bindable parameter values {@code values}, or null when there is none. */
  <T> @Nullable Criterion<T> criterion(@Nullable Object[] values) {
    Criterion<T> result = null;
    for (List<DerivedPart> group : groups) {
      Criterion<T> all = null;
      for (DerivedPart part : group) {
        Criterion<T> criterion = part.criterion(values);
        all = all == null ? criterion : all.and(criterion);
      }
      if (all != null) {
        result = result == null ? all : result.or(all);
      }
    }
    return result;
  }
}
