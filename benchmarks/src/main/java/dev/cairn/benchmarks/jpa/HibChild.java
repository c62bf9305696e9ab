package dev.cairn.benchmarks.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A child of one parent; the reference is lazy, as Hibernate's documentation recommends. */
@Entity
@Table(name = "hib_child")
public class HibChild {
  @Id private long id;
  private String name = "";

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private @Nullable HibParent parent;

  protected HibChild() {}

  /** The key. */
  public long getId() {
    return id;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** The parent. */
  public @Nullable HibParent getParent() {
    return parent;
  }
}
