package dev.cairn.spring.boot.autoconfigure.entities;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.annotation.Version;
import org.jspecify.annotations.Nullable;

/** A versioned test entity, for optimistic-lock conflicts. */
@Entity
@Table(name = "accounts")
public class Account {
  @Id @GeneratedValue @Nullable Long id;
  int balance;
  @Version long version;

  Account() {}

  /** An account holding {@code balance}. */
  public Account(int balance) {
    this.balance = balance;
  }

  /** The generated key. */
  public @Nullable Long getId() {
    return id;
  }

  /** Changes the balance. */
  public void setBalance(int balance) {
    this.balance = balance;
  }
}
