package dev.cairn.spring.petclinic;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/** What a vet specialises in. */
@Entity
@Table(name = "specialties")
public class Specialty {
  @Id @GeneratedValue @Nullable Integer id;
  String name = "";

  Specialty() {}

  /** The name. */
  public String getName() {
    return name;
  }
}
