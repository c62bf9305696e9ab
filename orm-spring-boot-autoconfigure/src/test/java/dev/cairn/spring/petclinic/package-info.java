/**
 * A pet clinic as a Spring Data JPA user writes it — owners with pets, pets with a type and visits,
 * vets with specialties through a join table — ported to Cairn: repositories, a transactional
 * service, its own {@code schema.sql} per database and {@code data.sql}.
 */
@NullMarked
package dev.cairn.spring.petclinic;

import org.jspecify.annotations.NullMarked;
