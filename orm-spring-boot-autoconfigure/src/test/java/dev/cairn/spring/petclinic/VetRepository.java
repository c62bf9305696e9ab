package dev.cairn.spring.petclinic;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Vets with their specialties; a plain Spring Data {@code Repository}, as in the original. */
public interface VetRepository extends Repository<Vet, Integer> {

  /** Every vet (with the specialties, as the mapping loads them). */
  Collection<Vet> findAll();

  /** A page of vets. */
  Page<Vet> findAll(Pageable pageable);
}
