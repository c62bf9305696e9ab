package dev.cairn.spring.boot.autoconfigure.entities;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A test entity of the Spring integration tests. */
@Entity
@Table(name = "customers")
public class Customer {
  @Id @GeneratedValue @Nullable Long id;
  String name = "";

  Customer() {}

  /** A new customer called {@code name}. */
  public Customer(String name) {
    this.name = name;
  }

  /** The generated key, null before the insert. */
  public @Nullable Long getId() {
    return id;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** Renames the customer. */
  public void setName(String name) {
    this.name = name;
  }
}
