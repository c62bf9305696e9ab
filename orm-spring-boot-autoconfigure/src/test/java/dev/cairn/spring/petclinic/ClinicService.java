package dev.cairn.spring.petclinic;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the clinic's controllers call: one transaction per page or form submission. */
@Service
public class ClinicService {

  /** Owners per page of the owners list, as in the original. */
  public static final int PAGE_SIZE = 5;

  private final OwnerRepository owners;
  private final VetRepository vets;

  ClinicService(OwnerRepository owners, VetRepository vets) {
    this.owners = owners;
    this.vets = vets;
  }

  /** The owners list: owners whose last name starts with {@code lastName}, with their pets. */
  @Transactional(readOnly = true)
  public Page<Owner> findOwners(String lastName, int page) {
    return owners.findByLastNameStartingWith(lastName, PageRequest.of(page, PAGE_SIZE));
  }

  /** The owner page: the owner with pets, their types and visits. */
  @Transactional(readOnly = true)
  public Owner showOwner(int ownerId) {
    return owners.findById(ownerId).orElseThrow(() -> new NoSuchElementException("owner"));
  }

  /** The vets page with the specialties. */
  @Transactional(readOnly = true)
  public Page<Vet> showVets(int page) {
    return vets.findAll(PageRequest.of(page, PAGE_SIZE));
  }

  /** The pet types for the pet form. */
  @Transactional(readOnly = true)
  public List<PetType> petTypes() {
    return owners.findPetTypes();
  }

  /** The new-owner form: saves the owner and returns its generated id. */
  @Transactional
  public int addOwner(Owner owner) {
    return owners.save(owner).getId();
  }

  /** The new-pet form: adds a pet of type {@code typeName} to the owner; returns the pet's id. */
  @Transactional
  public int addPet(int ownerId, String name, LocalDate birthDate, String typeName) {
    Owner owner = showOwner(ownerId);
    PetType type =
        petTypes().stream().filter(t -> t.getName().equals(typeName)).findFirst().orElseThrow();
    Pet pet = new Pet(name, birthDate, type);
    owner.addPet(pet);
    owners.save(owner);
    owners.flush();
    return pet.getId();
  }

  /** The new-visit form: adds a visit to the owner's pet called {@code petName}. */
  @Transactional
  public void addVisit(int ownerId, String petName, Visit visit) {
    Owner owner = showOwner(ownerId);
    Pet pet = owner.getPet(petName);
    if (pet == null) {
      throw new NoSuchElementException("pet " + petName);
    }
    pet.addVisit(visit);
    owners.save(owner);
  }
}
