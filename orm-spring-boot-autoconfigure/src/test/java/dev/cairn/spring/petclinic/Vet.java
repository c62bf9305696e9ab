package dev.cairn.spring.petclinic;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A vet and the specialties, through the {@code vet_specialties} join table. */
@Entity
@Table(name = "vets")
public class Vet {
  @Id @GeneratedValue @Nullable Integer id;
  String firstName = "";
  String lastName = "";

  @ManyToMany
  @JoinTable(name = "vet_specialties", joinColumn = "vet_id", inverseJoinColumn = "specialty_id")
  List<Specialty> specialties = new ArrayList<>();

  Vet() {}

  /** The last name. */
  public String getLastName() {
    return lastName;
  }

  /** The vet's specialties. */
  public List<Specialty> getSpecialties() {
    return specialties;
  }
}
