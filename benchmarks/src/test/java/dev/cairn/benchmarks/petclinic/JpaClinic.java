package dev.cairn.benchmarks.petclinic;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The pet clinic's JPA mapping as Spring PetClinic declares it (eager, unidirectional, ordered,
 * final collections), on the tables of the Cairn pet clinic's {@code schema.sql}, for counting what
 * Hibernate issues per page and form.
 */
final class JpaClinic {

  private JpaClinic() {}

  @Entity(name = "JOwner")
  @Table(name = "owners")
  static class Owner {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable Integer id;

    @Column(name = "first_name")
    String firstName = "";

    @Column(name = "last_name")
    String lastName = "";

    String address = "";
    String city = "";
    String telephone = "";

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    @OrderBy("name")
    private final List<Pet> pets = new ArrayList<>();

    Owner() {}

    Owner(String firstName, String lastName) {
      this.firstName = firstName;
      this.lastName = lastName;
    }

    List<Pet> pets() {
      return pets;
    }

    Pet pet(String name) {
      return pets.stream().filter(p -> p.name.equals(name)).findFirst().orElseThrow();
    }
  }

  @Entity(name = "JPet")
  @Table(name = "pets")
  static class Pet {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable Integer id;

    String name = "";

    @Column(name = "birth_date")
    @Nullable LocalDate birthDate;

    @ManyToOne
    @JoinColumn(name = "type_id")
    @Nullable PetType type;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "pet_id")
    @OrderBy("visitDate ASC")
    private final Set<Visit> visits = new LinkedHashSet<>();

    Pet() {}

    Pet(String name, @Nullable PetType type) {
      this.name = name;
      this.type = type;
    }

    Set<Visit> visits() {
      return visits;
    }
  }

  @Entity(name = "JVisit")
  @Table(name = "visits")
  static class Visit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable Integer id;

    @Column(name = "visit_date")
    @Nullable LocalDate visitDate;

    String description = "";

    Visit() {}

    Visit(LocalDate visitDate, String description) {
      this.visitDate = visitDate;
      this.description = description;
    }
  }

  @Entity(name = "JPetType")
  @Table(name = "pet_types")
  static class PetType {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable Integer id;

    String name = "";

    PetType() {}

    PetType(String name) {
      this.name = name;
    }
  }

  @Entity(name = "JVet")
  @Table(name = "vets")
  static class Vet {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable Integer id;

    @Column(name = "first_name")
    String firstName = "";

    @Column(name = "last_name")
    String lastName = "";

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
        name = "vet_specialties",
        joinColumns = @JoinColumn(name = "vet_id"),
        inverseJoinColumns = @JoinColumn(name = "specialty_id"))
    Set<Specialty> specialties = new LinkedHashSet<>();

    Vet() {}

    Vet(String lastName) {
      this.lastName = lastName;
    }
  }

  @Entity(name = "JSpecialty")
  @Table(name = "specialties")
  static class Specialty {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable Integer id;

    String name = "";

    Specialty() {}

    Specialty(String name) {
      this.name = name;
    }
  }
}
