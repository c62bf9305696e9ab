package dev.cairn.spring.petclinic;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A kind of pet: cat, dog, ... */
@Entity
@Table(name = "pet_types")
public class PetType {
  @Id @GeneratedValue @Nullable Integer id;
  String name = "";

  PetType() {}

  /** The generated key. */
  public @Nullable Integer getId() {
    return id;
  }

  /** The name. */
  public String getName() {
    return name;
  }
}
