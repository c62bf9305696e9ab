package dev.cairn.benchmarks.orm;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/** An item, keyed by an identity column (Cairn's default generation). */
@Entity
@Table(name = "orm_item")
public class OrmItem {
  @Id @GeneratedValue private @Nullable Long id;
  private String name = "";
  private int quantity;
  private boolean active;

  protected OrmItem() {}

  /** A new item. */
  public OrmItem(String name, int quantity, boolean active) {
    this.name = name;
    this.quantity = quantity;
    this.active = active;
  }

  /** The generated key, null until inserted. */
  public @Nullable Long getId() {
    return id;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** The quantity. */
  public int getQuantity() {
    return quantity;
  }

  /** Changes the quantity. */
  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  /** Whether the item is active. */
  public boolean isActive() {
    return active;
  }
}
