package dev.cairn.benchmarks.orm;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A parent with a collection of children (loaded lazily, for all parents at once). */
@Entity
@Table(name = "orm_parent")
public class OrmParent {
  @Id private long id;
  private String name = "";

  @OneToMany(mappedBy = "parent")
  private List<OrmChild> children = new ArrayList<>();

  protected OrmParent() {}

  /** The key. */
  public long getId() {
    return id;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** The children. */
  public List<OrmChild> getChildren() {
    return children;
  }
}
