package dev.cairn.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The layer rules of STYLE.md, checked on the compiled runtime. */
class ArchitectureTest {

  private static final List<String> DATABASES = List.of("h2", "postgres", "mysql", "sqlite");

  private static JavaClasses runtime;

  @BeforeAll
  static void importRuntime() {
    runtime =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn");
  }

  @Test
  void coreNeverImportsTheOrm() {
    noClasses()
        .that()
        .resideInAPackage("dev.cairn.core..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.cairn.orm..")
        .because("Core is usable alone, as SQLAlchemy Core is")
        .check(runtime);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres", "mysql", "sqlite"})
  void databaseSpecificCodeStaysInItsDialectPackage(String database) {
    String dialectPackage = "dev.cairn.core.dialect." + database + "..";
    noClasses()
        .that()
        .resideOutsideOfPackage(dialectPackage)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(dialectPackage)
        .because("code outside a dialect asks the dialect a question instead of testing for it")
        .check(runtime);
  }

  @Test
  void jdbcDriversAreNeverCompiledAgainst() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.h2..", "org.postgresql..", "org.mariadb..", "org.sqlite..")
        .because("drivers are the user's choice; dialects use JDBC and SQLState/vendor codes")
        .check(runtime);
  }

  @Test
  void theRuntimeHasNoSpringInside() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..")
        .check(runtime);
  }

  @Test
  void noPublicSignatureMentionsAnInternalType() {
    DescribedPredicate<JavaClass> internal =
        DescribedPredicate.describe(
            "internal", javaClass -> javaClass.getPackageName().contains(".internal"));
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and()
        .haveModifier(JavaModifier.PUBLIC)
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should()
        .haveRawReturnType(DescribedPredicate.not(internal))
        .andShould()
        .haveRawParameterTypes(
            DescribedPredicate.describe(
                "no internal types", parameters -> parameters.stream().noneMatch(internal)))
        .allowEmptyShould(true)
        .check(runtime);
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("dev.cairn.core.(**)").should().beFreeOfCycles().check(runtime);
  }

  @Test
  void layersHaveNoCycles() {
    slices().matching("dev.cairn.(*)..").should().beFreeOfCycles().check(runtime);
  }

  /**
   * No two packages depend on each other, anywhere under {@code dev.cairn}, with one declared
   * exception: the public {@code SessionFactory} builds its session implementation (which
   * implements the public API it is built from).
   */
  @Test
  void packagesHaveNoCycles() {
    slices()
        .matching("dev.cairn.(**)")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            HasName.Predicates.nameStartingWith("dev.cairn.orm.SessionFactory"),
            JavaClass.Predicates.resideInAPackage("dev.cairn.orm.internal.session"))
        .because("a cycle ties packages into one; the session factory is the one exception")
        .check(runtime);
  }

  @Test
  void mainFilesStaySmall() throws java.io.IOException {
    java.nio.file.Path main = java.nio.file.Path.of("src/main/java");
    List<String> large;
    try (var files = java.nio.file.Files.walk(main)) {
      large =
          files
              .filter(path -> path.toString().endsWith(".java"))
              .filter(path -> lines(path) > 400)
              .map(path -> main.relativize(path) + " (" + lines(path) + " lines)")
              .toList();
    }
    org.assertj.core.api.Assertions.assertThat(large)
        .as("main source files over 400 lines; split them by role")
        .isEmpty();
  }

  private static long lines(java.nio.file.Path path) {
    try (var lines = java.nio.file.Files.lines(path)) {
      return lines.count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<String> databases() {
    return DATABASES;
  }
}
