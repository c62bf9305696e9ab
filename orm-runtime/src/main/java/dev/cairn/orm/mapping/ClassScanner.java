package dev.cairn.orm.mapping;

import dev.cairn.orm.annotation.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds classes in packages on the class path, in directories and jars, with no library beyond the
 * JDK. Sub-packages are included; classes are loaded without being initialized.
 *
 * <pre>{@code
 * List<Class<?>> entities = ClassScanner.findEntities("com.example.shop.model");
 * }</pre>
 */
public final class ClassScanner {

  private ClassScanner() {}

  /** The {@code @Entity} classes in {@code packageName}, by name, via the context class loader. */
  public static List<Class<?>> findEntities(String packageName) {
    return findEntities(defaultLoader(), packageName);
  }

  /** The {@code @Entity} classes in {@code packageName} as seen by {@code loader}, by name. */
  public static List<Class<?>> findEntities(ClassLoader loader, String packageName) {
    List<Class<?>> entities = new ArrayList<>();
    for (String className : findClassNames(loader, packageName)) {
      Class<?> type = load(loader, className);
      if (type.isAnnotationPresent(Entity.class)) {
        entities.add(type);
      }
    }
    return entities;
  }

  /** The names of the classes in {@code packageName} and its sub-packages, sorted. */
  public static List<String> findClassNames(ClassLoader loader, String packageName) {
    String path = packageName.replace('.', '/');
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(path);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if ("file".equals(root.getProtocol())) {
          fromDirectory(Paths.get(root.toURI()), packageName, names);
        } else {
          URLConnection connection = root.openConnection();
          if (connection instanceof JarURLConnection jar) {
            connection.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
              fromJar(file, path + "/", names);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Scanning package " + packageName + " failed", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Scanning package " + packageName + " failed", e);
    }
    return List.copyOf(names);
  }

  private static void fromDirectory(Path directory, String packageName, TreeSet<String> names)
      throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      files
          .filter(file -> file.toString().endsWith(".class"))
          .forEach(
              file -> {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                addClassName(packageName + "." + relative.replace('/', '.'), names);
              });
    }
  }

  private static void fromJar(JarFile jar, String prefix, TreeSet<String> names) {
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      String entry = entries.nextElement().getName();
      if (entry.startsWith(prefix) && entry.endsWith(".class")) {
        addClassName(entry.replace('/', '.'), names);
      }
    }
  }

  private static void addClassName(String fileName, TreeSet<String> names) {
    String className = fileName.substring(0, fileName.length() - ".class".length());
    if (!className.endsWith("module-info") && !className.endsWith("package-info")) {
      names.add(className);
    }
  }

  private static Class<?> load(ClassLoader loader, String className) {
    try {
      return Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new MappingException(
          null,
          null,
          "Class "
              + className
              + " was found while scanning for entities but cannot be loaded ("
              + e
              + "); fix its dependencies or scan a narrower package",
          e);
    }
  }

  private static ClassLoader defaultLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : ClassScanner.class.getClassLoader();
  }
}
