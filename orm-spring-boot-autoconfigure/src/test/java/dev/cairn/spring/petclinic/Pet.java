package dev.cairn.spring.petclinic;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A pet: of one type, owned by one owner, with its visits. */
@Entity
@Table(name = "pets")
public class Pet {
  @Id @GeneratedValue @Nullable Integer id;
  String name = "";
  @Nullable LocalDate birthDate;

  @ManyToOne @Nullable PetType type;

  @ManyToOne @Nullable Owner owner;

  @OneToMany(mappedBy = "pet")
  List<Visit> visits = new ArrayList<>();

  Pet() {}

  /** A pet called {@code name} of {@code type}, born on {@code birthDate}. */
  public Pet(String name, LocalDate birthDate, PetType type) {
    this.name = name;
    this.birthDate = birthDate;
    this.type = type;
  }

  /** The generated key. */
  public @Nullable Integer getId() {
    return id;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** The type. */
  public @Nullable PetType getType() {
    return type;
  }

  /** The owner. */
  public @Nullable Owner getOwner() {
    return owner;
  }

  /** The pet's visits. */
  public List<Visit> getVisits() {
    return visits;
  }

  /** Adds {@code visit} to the pet's visits (both sides of the relationship). */
  public void addVisit(Visit visit) {
    visits.add(visit);
    visit.pet = this;
  }
}
