package dev.cairn.spring.petclinic;

import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.OrderBy;
import dev.cairn.orm.annotation.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A pet of one type, with its visits in date order: a final, unidirectional set, as in the JPA
 * original ({@code @OneToMany(cascade = ALL, fetch = EAGER) @JoinColumn(name =
 * "pet_id") @OrderBy("visitDate")}); a final collection loads with its pet. The owner's table
 * refers to no pet, the pet has no field for its owner.
 */
@Entity
@Table(name = "pets")
public class Pet {
  @Id @GeneratedValue @Nullable Integer id;
  String name = "";
  @Nullable LocalDate birthDate;

  @ManyToOne
  @JoinColumn(name = "type_id")
  @Nullable PetType type;

  @OneToMany(cascade = Cascade.ALL)
  @JoinColumn(name = "pet_id")
  @OrderBy("visitDate")
  private final Set<Visit> visits = new LinkedHashSet<>();

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

  /** The pet's visits, oldest first. */
  public Set<Visit> getVisits() {
    return visits;
  }

  /** Adds {@code visit} to the pet's visits. */
  public void addVisit(Visit visit) {
    visits.add(visit);
  }
}
