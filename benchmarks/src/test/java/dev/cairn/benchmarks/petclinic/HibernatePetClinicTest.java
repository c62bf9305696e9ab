package dev.cairn.benchmarks.petclinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.benchmarks.petclinic.JpaClinic.Owner;
import dev.cairn.benchmarks.petclinic.JpaClinic.Pet;
import dev.cairn.benchmarks.petclinic.JpaClinic.PetType;
import dev.cairn.benchmarks.petclinic.JpaClinic.Specialty;
import dev.cairn.benchmarks.petclinic.JpaClinic.Vet;
import dev.cairn.benchmarks.petclinic.JpaClinic.Visit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What Hibernate 7 issues for the pet clinic's pages and forms with Spring PetClinic's mapping, on
 * the Cairn pet clinic's own {@code schema.sql} and {@code data.sql} (H2), counted by a statement
 * inspector: the baseline of the statement counts {@code PetClinicTest} asserts for Cairn (README,
 * "Coming from JPA"). Each page is one transaction, as a repository call; the queries are those
 * Spring Data JPA derives; a form is bound to an owner read in its own transaction (detached).
 */
class HibernatePetClinicTest {

  private static final Path FIXTURE =
      Path.of("../orm-spring-boot-autoconfigure/src/test/resources/petclinic");
  private static final String URL = "jdbc:h2:mem:hibernate-clinic;DB_CLOSE_DELAY=-1";

  private static final List<String> SQL = new ArrayList<>();

  /** Records every statement Hibernate prepares. */
  public static final class Recorder implements StatementInspector {
    @Override
    public String inspect(String sql) {
      synchronized (SQL) {
        SQL.add(sql);
      }
      return sql;
    }
  }

  private static EntityManagerFactory factory;

  @BeforeAll
  static void start() {
    factory =
        new HibernatePersistenceConfiguration("clinic")
            .managedClasses(
                Owner.class, Pet.class, Visit.class, PetType.class, Vet.class, Specialty.class)
            .property(AvailableSettings.JAKARTA_JDBC_URL, URL)
            .property(AvailableSettings.HBM2DDL_AUTO, "none")
            .property(AvailableSettings.STATEMENT_INSPECTOR, Recorder.class.getName())
            .createEntityManagerFactory();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  /** Each test starts from the clinic's scripts. */
  @BeforeEach
  void seed() throws IOException, SQLException {
    try (Connection connection = DriverManager.getConnection(URL);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP ALL OBJECTS");
      for (String script : List.of("db/standard/schema.sql", "data.sql")) {
        for (String sql : Files.readString(FIXTURE.resolve(script)).split(";")) {
          if (!sql.isBlank()) {
            statement.execute(sql);
          }
        }
      }
    }
  }

  @Test
  void pages() {
    assertThat(
            count(
                em -> {
                  assertThat(ownersStartingWith(em, "", 5)).hasSize(5);
                  em.createQuery(
                          "SELECT COUNT(o) FROM JOwner o WHERE o.lastName LIKE :name", Long.class)
                      .setParameter("name", "%")
                      .getSingleResult();
                }))
        .as(
            "owners list: the page, one SELECT per owner for its pets (types joined), one per pet"
                + " for its visits, the count")
        .isEqualTo(12);
    assertThat(count(em -> assertThat(leo(em).pets()).hasSize(2)))
        .as("owner page: em.find joins the pets and their types, one SELECT per pet for visits")
        .isEqualTo(3);
    assertThat(
            count(
                em ->
                    assertThat(
                            em.createQuery(
                                    "SELECT o FROM JOwner o WHERE o.lastName = :name", Owner.class)
                                .setParameter("name", "Holm")
                                .getResultList())
                        .hasSize(2)))
        .as("find by last name: the owners, one SELECT per owner for pets, one per pet for visits")
        .isEqualTo(5);
    assertThat(
            count(
                em -> {
                  List<Vet> vets =
                      em.createQuery("SELECT v FROM JVet v", Vet.class)
                          .setFirstResult(0)
                          .setMaxResults(5)
                          .getResultList();
                  em.createQuery("SELECT COUNT(v) FROM JVet v", Long.class).getSingleResult();
                  assertThat(vets).hasSize(5);
                }))
        .as("vets page: the page, one SELECT per vet for its specialties, the count")
        .isEqualTo(7);
    assertThat(
            count(
                em ->
                    assertThat(em.createQuery("SELECT v FROM JVet v", Vet.class).getResultList())
                        .hasSize(6)))
        .as("all vets: the vets, one SELECT per vet for its specialties")
        .isEqualTo(7);
    assertThat(count(em -> assertThat(types(em)).hasSize(6))).as("pet types").isEqualTo(1);
  }

  @Test
  void addOwner() {
    assertThat(count(em -> em.persist(new Owner("Quinn", "Roth")))).isEqualTo(1);
  }

  @Test
  void addPet() {
    assertThat(count(em -> leo(em).pets().add(new Pet("Dot", types(em).get(0)))))
        .as("the owner page (3), the types, the pet's INSERT, the UPDATE of its owner_id")
        .isEqualTo(6);
  }

  @Test
  void addVisit() {
    assertThat(
            count(em -> leo(em).pet("Wim").visits().add(new Visit(LocalDate.of(2025, 1, 9), "x"))))
        .as("the owner page (3), the visit's INSERT, the UPDATE of its pet_id")
        .isEqualTo(5);
  }

  @Test
  void editFormMerge() {
    Owner[] form = new Owner[1];
    PetType[] hamster = new PetType[1];
    count(
        em -> {
          form[0] = leo(em);
          hamster[0] =
              types(em).stream().filter(t -> t.name.equals("hamster")).findFirst().orElseThrow();
        });
    form[0].pets().add(new Pet("Dot", hamster[0]));
    form[0].pet("Wim").visits().add(new Visit(LocalDate.of(2025, 1, 9), "check-up"));
    assertThat(count(em -> em.merge(form[0])))
        .as(
            "the owner with pets and types, one SELECT per pet for its visits, the hamster type,"
                + " then per new row an INSERT and an UPDATE of its foreign key")
        .isEqualTo(8);
  }

  private static Owner leo(EntityManager em) {
    return em.createQuery("SELECT o.id FROM JOwner o WHERE o.firstName = 'Leo'", Integer.class)
        .getResultStream()
        .map(id -> em.find(Owner.class, id))
        .findFirst()
        .orElseThrow();
  }

  private static List<Owner> ownersStartingWith(EntityManager em, String prefix, int size) {
    return em.createQuery("SELECT o FROM JOwner o WHERE o.lastName LIKE :name", Owner.class)
        .setParameter("name", prefix + "%")
        .setFirstResult(0)
        .setMaxResults(size)
        .getResultList();
  }

  private static List<PetType> types(EntityManager em) {
    return em.createQuery("SELECT t FROM JPetType t ORDER BY t.name", PetType.class)
        .getResultList();
  }

  private int count(Consumer<EntityManager> page) {
    inTransaction(em -> {});
    SQL.clear();
    inTransaction(page);
    List<String> ran = new ArrayList<>(SQL);
    // the id look-up of leo() is the test's, not the page's
    ran.removeIf(sql -> sql.startsWith("select o1_0.id from owners o1_0 where o1_0.first_name"));
    return ran.size();
  }

  private void inTransaction(Consumer<EntityManager> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }
}
