package dev.cairn.benchmarks.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An item keyed by a sequence with the pooled optimizer (one sequence call per 50 ids): Hibernate
 * cannot batch inserts into an identity column, so this is its documented choice for bulk inserts.
 */
@Entity
@Table(name = "hib_item")
public class HibItem {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hib_item_seq")
  @SequenceGenerator(name = "hib_item_seq", sequenceName = "hib_item_seq", allocationSize = 50)
  private @Nullable Long id;

  private String name = "";
  private int quantity;
  private boolean active;

  protected HibItem() {}

  /** A new item. */
  public HibItem(String name, int quantity, boolean active) {
    this.name = name;
    this.quantity = quantity;
    this.active = active;
  }

  /** The generated key, null until persisted. */
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
