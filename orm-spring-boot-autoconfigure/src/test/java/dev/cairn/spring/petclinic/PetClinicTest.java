package dev.cairn.spring.petclinic;

import static org.assertj.core.api.Assertions.assertThat;

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
                  .as(
                      "owners, their pets (selectin: a limited query joins no collection), the"
                          + " pets' types, their visits, the count")
                  .hasSize(5);
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
                  .as("the owner with its pets (joined), the pets' types, their visits")
                  .hasSize(3);
              assertThat(counter.statements().get(0))
                  .isEqualTo(
                      "SELECT owners.id, owners.first_name, owners.last_name, owners.address,"
                          + " owners.city, owners.telephone, j1.id, j1.name, j1.birth_date,"
                          + " j1.type_id, j1.owner_id FROM owners LEFT OUTER JOIN pets AS j1 ON"
                          + " j1.owner_id = owners.id WHERE owners.id = ? ORDER BY j1.name ASC,"
                          + " j1.id ASC");
            });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void findByLastNameLoadsTheOwnersWithWhatTheirPageShows(TestDb db) {
    ClinicContexts.clinic(db)
        .run(
            context -> {
              QueryCounter counter = counter(context);
              List<Owner> holms = context.getBean(OwnerRepository.class).findByLastName("Holm");
              assertThat(holms).extracting(Owner::getFirstName).containsExactly("Greta", "Jonas");
              assertThat(counter.statements())
                  .as("the owners with their pets (joined), the pets' types, their visits")
                  .hasSize(3);
              // detached now: the mapping loaded what the page shows
              assertThat(holms.get(1).getPets()).extracting(Pet::getName).containsExactly("Tess");
              assertThat(holms.get(1).getPets().get(0).getType().getName()).isEqualTo("snake");
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
                  .as("the owner page (3), the pet types, the INSERT with the owner's key")
                  .hasSize(5);
              assertThat(counter.statements().get(4))
                  .startsWith("INSERT INTO pets (name, birth_date, type_id, owner_id) VALUES");
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
                  .as("the owner page (3), the INSERT with the pet's key")
                  .hasSize(4);
              assertThat(
                      jdbc(context)
                          .queryForObject(
                              "SELECT COUNT(*) FROM visits v JOIN pets p ON p.id = v.pet_id"
                                  + " WHERE p.name = 'Wim'",
                              Integer.class))
                  .isEqualTo(3);
            });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void theEditFormMergesTheDetachedOwnerWithItsNewPetAndVisit(TestDb db) {
    ClinicContexts.clinic(db)
        .run(
            context -> {
              int leo = ownerId(context, "Leo");
              OwnerRepository owners = context.getBean(OwnerRepository.class);
              // GET: the form's owner and the types of its select box, each read in its own
              // transaction, detached when the page renders
              Owner form = owners.findById(leo).orElseThrow();
              PetType hamster =
                  context.getBean(ClinicService.class).petTypes().stream()
                      .filter(t -> t.getName().equals("hamster"))
                      .findFirst()
                      .orElseThrow();
              QueryCounter counter = counter(context);
              // POST: the bound owner gets the new pet and a visit for Wim, then save (merge)
              form.addPet(new Pet("Dot", LocalDate.of(2024, 1, 2), hamster));
              form.getPet("Wim").addVisit(new Visit(LocalDate.of(2025, 1, 9), "check-up"));
              Owner saved = owners.save(form);
              assertThat(saved).isNotSameAs(form);
              assertThat(counter.statements())
                  .as(
                      "merge: the owner with its pets (joined), their types, their visits, the"
                          + " hamster type; then one INSERT per new row, with its foreign key")
                  .hasSize(6)
                  .satisfies(
                      s -> assertThat(s.get(4)).startsWith("INSERT INTO pets"),
                      s -> assertThat(s.get(5)).startsWith("INSERT INTO visits"));
              assertThat(
                      jdbc(context)
                          .queryForList(
                              "SELECT p.name FROM pets p JOIN owners o ON o.id = p.owner_id"
                                  + " WHERE o.first_name = 'Leo' ORDER BY p.name",
                              String.class))
                  .containsExactly("Dot", "Vera", "Wim");
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
