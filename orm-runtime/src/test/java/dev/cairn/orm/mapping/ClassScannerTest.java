package dev.cairn.orm.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.orm.mapping.scan.ScannedAuthor;
import dev.cairn.orm.mapping.scan.sub.ScannedBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanning packages in directories and jars for {@code @Entity} classes. */
class ClassScannerTest {

  private static final String PACKAGE = "dev.cairn.orm.mapping.scan";
  private static final List<String> CLASSES =
      List.of(
          "dev.cairn.orm.mapping.scan.NotScanned",
          "dev.cairn.orm.mapping.scan.ScannedAuthor",
          "dev.cairn.orm.mapping.scan.ScannedAuthor$Pseudonym",
          "dev.cairn.orm.mapping.scan.sub.ScannedBook");

  @Test
  void findsEntitiesInDirectoriesIncludingSubPackagesAndNestedClasses() {
    assertThat(ClassScanner.findEntities(PACKAGE))
        .containsExactly(ScannedAuthor.class, ScannedAuthor.Pseudonym.class, ScannedBook.class);
    assertThat(ClassScanner.findEntities(PACKAGE + ".sub")).containsExactly(ScannedBook.class);
    assertThat(ClassScanner.findEntities("dev.cairn.no.such.pkg")).isEmpty();
  }

  @Test
  void findsClassesInJars(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("entities.jar");
    ClassLoader loader = getClass().getClassLoader();
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out)) {
      String directory = "";
      for (String part : (PACKAGE + ".sub").split("\\.")) {
        directory += part + "/";
        jarOut.putNextEntry(new JarEntry(directory)); // as Maven, Gradle and Boot write them
        jarOut.closeEntry();
      }
      for (String className : CLASSES) {
        String entry = className.replace('.', '/') + ".class";
        jarOut.putNextEntry(new JarEntry(entry));
        try (InputStream in = loader.getResourceAsStream(entry)) {
          in.transferTo(jarOut);
        }
        jarOut.closeEntry();
      }
    }
    try (URLClassLoader jarOnly = new JarOnlyLoader(jar.toUri().toURL(), loader)) {
      assertThat(ClassScanner.findClassNames(jarOnly, PACKAGE)).containsExactlyElementsOf(CLASSES);
      assertThat(ClassScanner.findEntities(jarOnly, PACKAGE))
          .extracting(Class::getName)
          .containsExactly(CLASSES.get(1), CLASSES.get(2), CLASSES.get(3));
    }
  }

  @Test
  void theBuilderScansAndFailsOnAPackageWithoutEntities() {
    MappingModel model = MappingModel.builder().scan(PACKAGE).build();
    assertThat(model.entities())
        .extracting(EntityModel::name)
        .containsExactly("ScannedAuthor", "Pseudonym", "ScannedBook");
    assertThatThrownBy(() -> MappingModel.builder().scan("dev.cairn.no.such.pkg"))
        .isInstanceOf(MappingException.class)
        .hasMessage(
            "No @Entity classes found in package dev.cairn.no.such.pkg on the class path; check"
                + " the package name");
  }

  /** Sees resources only in its jar, so the scan reads the jar and not the test directory. */
  private static final class JarOnlyLoader extends URLClassLoader {
    JarOnlyLoader(URL jar, ClassLoader parent) {
      super(new URL[] {jar}, parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return findResources(name);
    }
  }
}
