package dev.cairn.spring.petclinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.QueryCounter;
import dev.cairn.spring.boot.test.autoconfigure.CairnTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;

/**
 * The clinic's repository test as the JPA original writes it with {@code @DataJpaTest}: the
 * embedded database gets the clinic's {@code schema.sql} and {@code data.sql} from {@code
 * spring.sql.init} before Cairn validates the schema against the mapping.
 */
@CairnTest(
    properties = {
      "spring.sql.init.schema-locations=classpath:petclinic/db/standard/schema.sql",
      "spring.sql.init.data-locations=classpath:petclinic/data.sql",
      "cairn.schema=validate"
    },
    includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ClinicService.class))
@Import(ClinicContexts.Counting.class)
class PetClinicSliceTest {

  @Autowired DataSource dataSource;
  @Autowired OwnerRepository owners;
  @Autowired ClinicService clinic;
  @Autowired QueryCounter counter;

  @Test
  void theScriptsRanOnTheEmbeddedDatabaseBeforeValidation() {
    assertThat(dataSource).isInstanceOf(EmbeddedDatabase.class);
    assertThat(owners.count()).isEqualTo(10);
    assertThat(clinic.findOwners("Holm", 0).getContent())
        .extracting(Owner::getFirstName)
        .containsExactly("Greta", "Jonas", "Nils");
  }

  @Test
  void aSavedOwnerHasItsIdAndIsFoundInTheSameTransaction() {
    counter.reset();
    Owner owner = owners.save(new Owner("Quinn", "Roth", "11 Fir Lane", "Arden", "5550111"));
    assertThat(owner.getId()).isNotNull();
    counter.assertCount(1);
    assertThat(owners.findByLastName("Roth")).containsExactly(owner);
  }
}
