package dev.cairn.orm.migration.shop;

import dev.cairn.orm.annotation.Column;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A customer; its table exists, without the email column. */
@Entity
@Table(name = "customers")
public class Customer {
  @Id @GeneratedValue @Nullable Long id;

  @Column(nullable = false, length = 100)
  String name = "";

  @Column(unique = true, length = 200)
  @Nullable String email;

  Customer() {}
}
