package dev.cairn.spring.petclinic;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.LoadStrategy;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.OrderBy;
import dev.cairn.orm.annotation.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A vet and the specialties, through the {@code vet_specialties} join table, loaded with the vet
 * ({@code @ManyToMany(fetch = EAGER)} in the original).
 */
@Entity
@Table(name = "vets")
public class Vet {
  @Id @GeneratedValue @Nullable Integer id;
  String firstName = "";
  String lastName = "";

  @ManyToMany(load = LoadStrategy.SELECTIN)
  @JoinTable(name = "vet_specialties", joinColumn = "vet_id", inverseJoinColumn = "specialty_id")
  @OrderBy("name")
  Set<Specialty> specialties = new LinkedHashSet<>();

  Vet() {}

  /** The last name. */
  public String getLastName() {
    return lastName;
  }

  /** The vet's specialties, by name. */
  public Set<Specialty> getSpecialties() {
    return specialties;
  }
}
