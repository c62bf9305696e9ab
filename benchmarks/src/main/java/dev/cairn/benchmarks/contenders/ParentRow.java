package dev.cairn.benchmarks.contenders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A parent row with the children read for it (filled by a second query). */
public record ParentRow(long id, String name, List<ChildRow> children) {

  /** A parent with no children yet. */
  public ParentRow(long id, String name) {
    this(id, name, new ArrayList<>());
  }

  /** The sum of the ids of the children of {@code parents}: touches every child. */
  public static long childIdSum(Collection<ParentRow> parents) {
    long sum = 0;
    for (ParentRow parent : parents) {
      for (ChildRow child : parent.children()) {
        sum += child.id();
      }
    }
    return sum;
  }
}
