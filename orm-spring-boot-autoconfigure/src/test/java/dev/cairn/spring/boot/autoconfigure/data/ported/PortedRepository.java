package dev.cairn.spring.boot.autoconfigure.data.ported;

import dev.cairn.spring.data.CairnRepository;
import dev.cairn.spring.data.Query;
import dev.cairn.spring.petclinic.PetType;
import java.util.List;

/** The pet clinic's pet types with the JPA original's query: the import swapped, JPQL kept. */
public interface PortedRepository extends CairnRepository<PetType, Integer> {

  /** JPQL, which Cairn's {@code @Query} refuses at start-up. */
  @Query("SELECT ptype FROM PetType ptype ORDER BY ptype.name")
  List<PetType> findPetTypes();
}
