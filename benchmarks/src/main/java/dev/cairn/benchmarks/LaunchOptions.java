package dev.cairn.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The launcher's command line: {@code --full}, {@code --db=h2[,postgresql]}, {@code
 * --contender=jdbc,cairn-orm}, {@code --prof=gc} or {@code --prof=stack:lines=10} (any JMH profiler
 * with its options, repeatable) and regular expressions selecting benchmarks by name ({@code
 * GetById}, {@code Relations}).
 *
 * @param full the long profile instead of the quick one
 * @param databases the databases asked for (empty: all reachable)
 * @param contenders the contenders asked for (empty: every contender of each operation)
 * @param profilers JMH profiler names
 * @param filters regular expressions on benchmark names (empty: all)
 */
public record LaunchOptions(
    boolean full,
    List<String> databases,
    List<String> contenders,
    List<String> profilers,
    List<String> filters) {

  /** Reads {@code args}; an IllegalArgumentException names an unknown option. */
  public static LaunchOptions parse(String... args) {
    boolean full = false;
    List<String> databases = new ArrayList<>();
    List<String> contenders = new ArrayList<>();
    List<String> profilers = new ArrayList<>();
    List<String> filters = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--full")) {
        full = true;
      } else if (arg.equals("--quick")) {
        full = false;
      } else if (arg.startsWith("--db=")) {
        databases.addAll(List.of(arg.substring(5).split(",")));
      } else if (arg.startsWith("--contender=")) {
        contenders.addAll(List.of(arg.substring(12).split(",")));
      } else if (arg.startsWith("--prof=")) {
        profilers.add(arg.substring(7));
      } else if (arg.startsWith("-")) {
        throw new IllegalArgumentException(
            "Unknown option "
                + arg
                + "; use --full, --db=h2,postgresql, --contender=a,b, --prof=gc"
                + " and regular expressions selecting benchmarks");
      } else {
        filters.add(arg);
      }
    }
    return new LaunchOptions(
        full,
        List.copyOf(databases),
        List.copyOf(contenders),
        List.copyOf(profilers),
        List.copyOf(filters));
  }

  /** JMH's include pattern: the filters, or every benchmark of this module. */
  public List<String> includes() {
    return filters.isEmpty() ? List.of("dev\\.cairn\\.benchmarks\\.jmh\\.") : filters;
  }
}
