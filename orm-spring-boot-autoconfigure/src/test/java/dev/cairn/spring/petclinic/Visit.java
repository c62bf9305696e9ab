package dev.cairn.spring.petclinic;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A visit of a pet to the clinic (the pet's table holds no visit; this one has no pet field). */
@Entity
@Table(name = "visits")
public class Visit {
  @Id @GeneratedValue @Nullable Integer id;
  @Nullable LocalDate visitDate;
  String description = "";

  Visit() {}

  /** A visit on {@code visitDate} for {@code description}. */
  public Visit(LocalDate visitDate, String description) {
    this.visitDate = visitDate;
    this.description = description;
  }

  /** The generated key. */
  public @Nullable Integer getId() {
    return id;
  }

  /** Why the pet came. */
  public String getDescription() {
    return description;
  }
}
