package dev.cairn.orm.migration.shop;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A purchase of a customer; its table does not exist yet. */
@Entity
@Table(name = "purchases")
public class Purchase {
  @Id @GeneratedValue @Nullable Long id;

  @ManyToOne @Nullable Customer customer;

  BigDecimal total = BigDecimal.ZERO;

  Purchase() {}
}
