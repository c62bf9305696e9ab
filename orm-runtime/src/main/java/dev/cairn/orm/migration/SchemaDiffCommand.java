package dev.cairn.orm.migration;

import dev.cairn.core.engine.Engine;
import dev.cairn.core.schema.SchemaDiff;
import dev.cairn.orm.SessionFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the migration script that brings a database to the tables of the entities in some
 * packages, as Alembic's {@code revision --autogenerate}: run it with the entities and a JDBC
 * driver on the class path, and paste the output into a Flyway {@code V<n>__<description>.sql} or a
 * Liquibase {@code <sql>} changeset.
 *
 * <pre>
 * java -cp app.jar:cairn.jar:driver.jar dev.cairn.orm.migration.SchemaDiffCommand \
 *   --url jdbc:postgresql://localhost/shop --user shop --password secret \
 *   --packages com.example.domain [--drops] [--output V7__cairn.sql]
 * </pre>
 *
 * <p>The database is only read. Without {@code --drops} the script leaves out dropping what the
 * entities lack (and says how many drops it left out). The plain Java API is {@code
 * sessionFactory.mapping().metaData().diff(engine)}.
 */
public final class SchemaDiffCommand {

  static final String USAGE =
      "Usage: java -cp <entities, Cairn and the JDBC driver> "
          + SchemaDiffCommand.class.getName()
          + " --url <jdbc-url> [--user <user>] [--password <password>]"
          + " --packages <package>[,<package>...] [--drops] [--output <file>]";

  private static final Set<String> VALUED =
      Set.of("--url", "--user", "--password", "--packages", "--output");

  private SchemaDiffCommand() {}

  /** Runs the command and exits with its status: 0 done, 1 failed, 2 wrong arguments. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the command, writing the script to {@code out} (or the {@code --output} file) and errors
   * to {@code err}; returns the exit status.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException wrong) {
      err.println(wrong.getMessage());
      err.println(USAGE);
      return 2;
    }
    String output = options.get("--output");
    try (Engine engine =
        Engine.create(options.get("--url"), options.get("--user"), options.get("--password"))) {
      SessionFactory factory =
          SessionFactory.builder(engine).scan(packages(options.get("--packages"))).build();
      SchemaDiff diff = factory.mapping().metaData().diff(engine);
      String script = diff.script(options.containsKey("--drops"));
      if (output == null) {
        out.print(script);
      } else {
        Files.writeString(Path.of(output), script, StandardCharsets.UTF_8);
        err.println(
            "Wrote "
                + diff.changes(options.containsKey("--drops")).size()
                + " statements to "
                + output);
      }
      return 0;
    } catch (RuntimeException | IOException failure) {
      // A CairnException, or the pool's own exception for a URL no driver on the class path takes.
      err.println("Schema diff failed: " + failure.getMessage());
      return 1;
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      @Nullable String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      if (name.equals("--drops")) {
        options.put(name, "true");
      } else if (VALUED.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("Option " + name + " needs a value");
          }
          value = args[++i];
        }
        options.put(name, value);
      } else {
        throw new IllegalArgumentException("Unknown argument '" + arg + "'");
      }
    }
    for (String required : List.of("--url", "--packages")) {
      if (!options.containsKey(required) || options.get(required).isBlank()) {
        throw new IllegalArgumentException("Missing " + required);
      }
    }
    return options;
  }

  private static String[] packages(String list) {
    List<String> packages = new ArrayList<>();
    for (String name : list.split(",")) {
      if (!name.isBlank()) {
        packages.add(name.strip());
      }
    }
    return packages.toArray(String[]::new);
  }
}
