package dev.cairn.spring.petclinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.orm.QueryCounter;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clinic's pages and forms on H2, PostgreSQL and MariaDB, each with the statements it costs
 * (counted by the engine; savepoints, which are JDBC calls, are not statements here).
 */
class PetClinicTest {

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void ownersListIsAPageOfOwnersWithTheirPets(TestDb db) {
    ClinicContexts.clinic(db)
        .run(
            context -> {
              QueryCounter counter = counter(context);
              Page<Owner> page = context.getBean(ClinicService.class).findOwners("", 0);
              assertThat(page.getTotalElements()).isEqualTo(10);
              assertThat(page.getContent()).hasSize(ClinicService.PAGE_SIZE);
              // the entities are detached now: what the page shows was loaded by @LoadPlan
              assertThat(page.getContent().stream().mapToInt(o -> o.getPets().size()).sum())
                  .isEqualTo(5);
              assertThat(page.getContent().get(0).getPets().get(0).getType().getName())
                  .isEqualTo("cat");
              assertThat(counter.statements())
                  .as("owners, the count, their pets, the pets' types")
                  .hasSize(4);
            });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void ownerPageShowsPetsTypesAndVisits(TestDb db) {
    ClinicContexts.clinic(db)
        .run(
            context -> {
              int leo = ownerId(context, "Leo");
              QueryCounter counter = counter(context);
              Owner owner = context.getBean(ClinicService.class).showOwner(leo);
              assertThat(owner.getPets()).extracting(Pet::getName).containsExactly("Vera", "Wim");
              assertThat(owner.getPets().get(1).getType().getName()).isEqualTo("dog");
              assertThat(owner.getPets().get(0).getVisits())
                  .extracting(Visit::getDescription)
                  .containsExactly("rabies shot", "spayed");
              assertThat(counter.statements())
                  .as("the owner, the pets, the pets' types, their visits")
                  .hasSize(4);
            });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void findByLastNameIsOneStatementAndSaysWhatToLoad(TestDb db) {
    ClinicContexts.clinic(db)
        .run(
            context -> {
              QueryCounter counter = counter(context);
              List<Owner> holms = context.getBean(OwnerRepository.class).findByLastName("Holm");
              assertThat(holms).extracting(Owner::getFirstName).containsExactly("Greta", "Jonas");
              counter.assertCount(1);
              assertThatThrownBy(() -> holms.get(0).getPets().size())
                  .isInstanceOf(CairnException.class)
                  .hasMessageContaining("Load.selectin(\"pets\")");
            });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void vetsPageLoadsTheSpecialtiesThroughTheJoinTable(TestDb db) {
    ClinicContexts.clinic(db)
        .run(
            context -> {
              QueryCounter counter = counter(context);
              Page<Vet> vets = context.getBean(ClinicService.class).showVets(0);
              assertThat(vets.getTotalElements()).isEqualTo(6);
              assertThat(vets.getContent()).hasSize(5);
              assertThat(vets.getContent().stream().mapToInt(v -> v.getSpecialties().size()).sum())
                  .isEqualTo(5);
              assertThat(counter.statements()).as("vets, the count, the specialties").hasSize(3);
              counter.reset();
              assertThat(context.getBean(VetRepository.class).findAll()).hasSize(6);
              counter.assertCount(2);
            });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void petTypesComeFromTheOwnerRepositorysSql(TestDb db) {
    ClinicContexts.clinic(db)
        .run(
            context -> {
              QueryCounter counter = counter(context);
              assertThat(context.getBean(ClinicService.class).petTypes())
                  .extracting(PetType::getName)
                  .containsExactly("bird", "cat", "dog", "hamster", "lizard", "snake");
              counter.assertCount(1);
            });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void addOwnerIsOneInsertAndReturnsTheGeneratedId(TestDb db) {
    ClinicContexts.clinic(db)
        .run(
            context -> {
              QueryCounter counter = counter(context);
              int id =
                  context
                      .getBean(ClinicService.class)
                      .addOwner(new Owner("Quinn", "Roth", "11 Fir Lane", "Arden", "5550111"));
              counter.assertCount(1);
              assertThat(
                      jdbc(context)
                          .queryForObject(
                              "SELECT last_name FROM owners WHERE id = ?", String.class, id))
                  .isEqualTo("Roth");
            });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void addPetLoadsTheOwnerPageThenInsertsThePet(TestDb db) {
    ClinicContexts.clinic(db)
        .run(
            context -> {
              int greta = ownerId(context, "Greta");
              QueryCounter counter = counter(context);
              int pet =
                  context
                      .getBean(ClinicService.class)
                      .addPet(greta, "Dot", LocalDate.of(2024, 1, 2), "hamster");
              assertThat(counter.statements())
                  .as("the owner page (owner, pets, types, visits), the pet types, the INSERT")
                  .hasSize(6);
              assertThat(
                      jdbc(context)
                          .queryForObject(
                              "SELECT o.first_name FROM pets p JOIN owners o ON o.id = p.owner_id"
                                  + " WHERE p.id = ?",
                              String.class,
                              pet))
                  .isEqualTo("Greta");
            });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void addVisitLoadsTheOwnerPageThenInsertsTheVisit(TestDb db) {
    ClinicContexts.clinic(db)
        .run(
            context -> {
              int leo = ownerId(context, "Leo");
              QueryCounter counter = counter(context);
              context
                  .getBean(ClinicService.class)
                  .addVisit(leo, "Wim", new Visit(LocalDate.of(2025, 1, 9), "check-up"));
              assertThat(counter.statements())
                  .as("the owner page (owner, pets, types, visits), the INSERT")
                  .hasSize(5);
              assertThat(
                      jdbc(context)
                          .queryForObject(
                              "SELECT COUNT(*) FROM visits v JOIN pets p ON p.id = v.pet_id"
                                  + " WHERE p.name = 'Wim'",
                              Integer.class))
                  .isEqualTo(3);
            });
  }

  private static QueryCounter counter(AssertableApplicationContext context) {
    assertThat(context).hasNotFailed();
    QueryCounter counter = context.getBean(QueryCounter.class);
    counter.reset();
    return counter;
  }

  private static JdbcTemplate jdbc(AssertableApplicationContext context) {
    return context.getBean(JdbcTemplate.class);
  }

  private static int ownerId(AssertableApplicationContext context, String firstName) {
    assertThat(context).hasNotFailed();
    Integer id =
        jdbc(context)
            .queryForObject("SELECT id FROM owners WHERE first_name = ?", Integer.class, firstName);
    return id == null ? -1 : id;
  }
}
