/**
 * A pet clinic as a Spring Data JPA user writes it — owners with pets, pets with a type and visits,
 * vets with specialties through a join table — ported to Cairn: repositories, a transactional
 * service, its own {@code schema.sql} (standard SQL for H2 and PostgreSQL, one for MariaDB) and
 * {@code data.sql}.
 */
@NullMarked
package dev.cairn.spring.petclinic;

import org.jspecify.annotations.NullMarked;
