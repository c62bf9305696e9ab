package dev.cairn.benchmarks.orm;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A child of one parent. */
@Entity
@Table(name = "orm_child")
public class OrmChild {
  @Id private long id;
  private String name = "";

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private @Nullable OrmParent parent;

  protected OrmChild() {}

  /** The key. */
  public long getId() {
    return id;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** The parent. */
  public @Nullable OrmParent getParent() {
    return parent;
  }
}
