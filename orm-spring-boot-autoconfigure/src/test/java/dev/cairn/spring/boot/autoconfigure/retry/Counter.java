package dev.cairn.spring.boot.autoconfigure.retry;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;

/** A counter that transactions increment. */
@Entity
@Table(name = "counters")
public class Counter {
  @Id Long id = 0L;
  long hits;

  Counter() {}

  /** A counter at zero. */
  public Counter(long id) {
    this.id = id;
  }

  /** How often it was incremented. */
  public long getHits() {
    return hits;
  }
}
