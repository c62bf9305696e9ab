package dev.cairn.spring.petclinic;

import dev.cairn.spring.data.LoadPlan;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Vets with their specialties; a plain Spring Data {@code Repository}, as in the original. */
public interface VetRepository extends Repository<Vet, Integer> {

  /** Every vet with the specialties. */
  @LoadPlan("specialties")
  Collection<Vet> findAll();

  /** A page of vets with the specialties. */
  @LoadPlan("specialties")
  Page<Vet> findAll(Pageable pageable);
}
