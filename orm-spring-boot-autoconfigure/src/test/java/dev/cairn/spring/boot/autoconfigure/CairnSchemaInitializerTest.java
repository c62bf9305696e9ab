package dev.cairn.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.schema.SchemaProblem;
import dev.cairn.spring.boot.autoconfigure.CairnProperties.Schema;
import dev.cairn.spring.boot.autoconfigure.diagnostics.SchemaValidationFailureAnalyzer;
import dev.cairn.spring.boot.autoconfigure.entities.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/** {@code cairn.schema=validate} through Core's validation, run by the initializer bean. */
@ExtendWith(OutputCaptureExtension.class)
class CairnSchemaInitializerTest {

  private final ApplicationContextRunner withEntities =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DataSourceTransactionManagerAutoConfiguration.class,
                  TransactionAutoConfiguration.class,
                  DataSourceInitializationAutoConfiguration.class,
                  CairnExceptionTranslationAutoConfiguration.class,
                  CairnAutoConfiguration.class))
          .withPropertyValues(
              "spring.datasource.generate-unique-name=true",
              "cairn.entity-packages=" + Customer.class.getPackageName());

  @Test
  void aColumnOfAnotherTypeFailsStartUpAndTheAnalyzerSaysWhatToDo() {
    withEntities
        .withPropertyValues(
            "cairn.schema=validate",
            "spring.sql.init.schema-locations=classpath:cairn-test/mistyped-schema.sql")
        .run(
            context -> {
              assertThat(context).hasFailed();
              Throwable failure = context.getStartupFailure();
              while (!(failure instanceof CairnSchemaValidationException)) {
                failure = failure.getCause();
              }
              CairnSchemaValidationException validation = (CairnSchemaValidationException) failure;
              assertThat(validation.problems())
                  .containsExactly(
                      "column customers.name is INTEGER in the database but VARCHAR(255) in the"
                          + " model");
              assertThat(validation.schemaProblems())
                  .extracting(SchemaProblem::kind)
                  .containsExactly(SchemaProblem.Kind.TYPE_MISMATCH);
              FailureAnalysis analysis =
                  new SchemaValidationFailureAnalyzer()
                      .analyze(new IllegalStateException("bean creation", validation));
              assertThat(analysis.getDescription())
                  .contains(
                      "  - column customers.name is INTEGER in the database but VARCHAR(255) in"
                          + " the model: change the column in a migration, or declare the model's"
                          + " column as the database's type");
            });
  }

  @Test
  void warningsAreLoggedAndStartUpGoesOn(CapturedOutput output) {
    withEntities
        .withPropertyValues(
            "cairn.schema=validate",
            "spring.sql.init.schema-locations=classpath:cairn-test/full-schema.sql")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(CairnSchemaInitializer.class).mode())
                  .isEqualTo(Schema.VALIDATE);
            });
    assertThat(output)
        .contains(
            "cairn.schema=validate: column accounts.balance accepts NULL in the database but is"
                + " NOT NULL in the model");
  }
}
