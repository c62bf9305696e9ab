package dev.cairn.spring.petclinic;

import dev.cairn.spring.data.CairnRepository;
import dev.cairn.spring.data.LoadPlan;
import dev.cairn.spring.data.Query;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Owners, as the JPA original declares them: only the imports changed ({@code @EntityGraph} became
 * {@code @LoadPlan}, {@code @Query} Cairn's with SQL for JPQL).
 */
public interface OwnerRepository extends CairnRepository<Owner, Integer> {

  /** The owners list: a page of owners whose last name starts with {@code lastName}, with pets. */
  @LoadPlan("pets")
  Page<Owner> findByLastNameStartingWith(String lastName, Pageable pageable);

  /** The owners called {@code lastName}. */
  List<Owner> findByLastName(String lastName);

  /** The owner page: the owner, the pets (their types come with them) and their visits. */
  @Override
  @LoadPlan(selectin = {"pets", "pets.visits"})
  Optional<Owner> findById(Integer id);

  /** The pet types by name; JPQL in the original ({@code SELECT ptype FROM PetType ptype ...}). */
  @Query("SELECT ptype.* FROM pet_types ptype ORDER BY ptype.name")
  List<PetType> findPetTypes();
}
