package dev.cairn.spring.petclinic;

import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.LoadStrategy;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.OrderBy;
import dev.cairn.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pet owner, mapped as the JPA original maps it: a final, unidirectional list of pets ordered by
 * name ({@code @OneToMany(cascade = ALL, fetch = EAGER) @JoinColumn(name =
 * "owner_id") @OrderBy("name")}), loaded with the owner by a join where one can be used.
 */
@Entity
@Table(name = "owners")
public class Owner {
  @Id @GeneratedValue @Nullable Integer id;
  String firstName = "";
  String lastName = "";
  String address = "";
  String city = "";
  String telephone = "";

  @OneToMany(cascade = Cascade.ALL, load = LoadStrategy.JOINED)
  @JoinColumn(name = "owner_id")
  @OrderBy("name")
  private final List<Pet> pets = new ArrayList<>();

  Owner() {}

  /** An owner called {@code firstName lastName} living in {@code city}. */
  public Owner(String firstName, String lastName, String address, String city, String telephone) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.address = address;
    this.city = city;
    this.telephone = telephone;
  }

  /** The generated key. */
  public @Nullable Integer getId() {
    return id;
  }

  /** The first name. */
  public String getFirstName() {
    return firstName;
  }

  /** The last name. */
  public String getLastName() {
    return lastName;
  }

  /** The city. */
  public String getCity() {
    return city;
  }

  /** Moves the owner to {@code city}. */
  public void setCity(String city) {
    this.city = city;
  }

  /** The owner's pets. */
  public List<Pet> getPets() {
    return pets;
  }

  /** The pet called {@code name}, or null. */
  public @Nullable Pet getPet(String name) {
    for (Pet pet : pets) {
      if (pet.getName().equalsIgnoreCase(name)) {
        return pet;
      }
    }
    return null;
  }

  /** Adds {@code pet} to the owner's pets (the pet has no field for its owner). */
  public void addPet(Pet pet) {
    pets.add(pet);
  }
}
