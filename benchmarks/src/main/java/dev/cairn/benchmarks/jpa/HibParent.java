package dev.cairn.benchmarks.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A parent with a lazy collection of children (JPA's default for one-to-many). */
@Entity
@Table(name = "hib_parent")
public class HibParent {
  @Id private long id;
  private String name = "";

  @OneToMany(mappedBy = "parent")
  private List<HibChild> children = new ArrayList<>();

  protected HibParent() {}

  /** The key. */
  public long getId() {
    return id;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** The children. */
  public List<HibChild> getChildren() {
    return children;
  }
}
