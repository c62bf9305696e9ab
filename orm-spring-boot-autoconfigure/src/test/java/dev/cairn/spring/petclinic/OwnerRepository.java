package dev.cairn.spring.petclinic;

import dev.cairn.spring.data.CairnRepository;
import dev.cairn.spring.data.Query;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Owners, as the JPA original declares them: only the imports changed ({@code @Query} is Cairn's,
 * with SQL for the JPQL); the mapping loads each owner's pets with their types and visits.
 */
public interface OwnerRepository extends CairnRepository<Owner, Integer> {

  /** The owners list: a page of owners whose last name starts with {@code lastName}. */
  Page<Owner> findByLastNameStartingWith(String lastName, Pageable pageable);

  /** The owners called {@code lastName}. */
  List<Owner> findByLastName(String lastName);

  /** The owner page: the owner with its pets, their types and their visits. */
  @Override
  Optional<Owner> findById(Integer id);

  /** The pet types by name; JPQL in the original ({@code SELECT ptype FROM PetType ptype ...}). */
  @Query("SELECT ptype.* FROM pet_types ptype ORDER BY ptype.name")
  List<PetType> findPetTypes();
}
