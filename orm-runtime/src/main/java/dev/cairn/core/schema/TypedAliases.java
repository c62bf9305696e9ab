package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Makes typed aliases ({@link Table#alias}): a new instance of a table's own class, built by its
 * constructor (so its fields are its own typed columns), that renders as {@code table AS alias}.
 * While the constructor runs, the table being aliased waits in a thread-local slot that the
 * instance's {@link Table} constructor claims; afterwards the instance is checked to declare the
 * same columns. The class's no-argument constructor is looked up once per class.
 */
final class TypedAliases {

  private static final ThreadLocal<@Nullable Pending> PENDING = new ThreadLocal<>();

  private static final ClassValue<Supplier<Table>> NO_ARGUMENT_CONSTRUCTORS =
      new ClassValue<>() {
        @Override
        protected Supplier<Table> computeValue(Class<?> type) {
          return noArgumentConstructor(type);
        }
      };

  private TypedAliases() {}

  /** The table waiting for its typed alias, and the alias. */
  private record Pending(Table table, String alias) {}

  /** A typed alias of {@code table} made by its class's constructor without arguments. */
  @SuppressWarnings("unchecked")
  static <T extends Table> T create(T table, String alias) {
    Supplier<Table> constructor = NO_ARGUMENT_CONSTRUCTORS.get(table.getClass());
    return create(table, alias, () -> (T) constructor.get());
  }

  /** A typed alias of {@code table} made by {@code factory}, a new instance of its class. */
  static <T extends Table> T create(T table, String alias, Supplier<? extends T> factory) {
    TableAlias typed = table.asTableAlias();
    Table origin = typed == null ? table : typed.table();
    String name = Identifiers.requireValid(alias, "table alias");
    origin.markUsed();
    Pending pending = new Pending(origin, name);
    Pending outer = PENDING.get();
    PENDING.set(pending);
    T made;
    try {
      made = factory.get();
    } finally {
      PENDING.set(outer);
    }
    TableAlias binding = made.asTableAlias();
    if (made.getClass() != origin.getClass()
        || binding == null
        || binding.table() != origin
        || !binding.alias().equals(name)) {
      throw new CairnException(
          "The factory for alias "
              + name
              + " of table "
              + origin.name()
              + " did not build a new "
              + origin.getClass().getName()
              + "; pass a factory that calls its constructor, e.g. "
              + origin.getClass().getSimpleName()
              + "::new");
    }
    requireSameColumns(origin, made, name);
    made.markUsed();
    return made;
  }

  /**
   * The binding of a table being constructed as a typed alias, or null for an ordinary table: the
   * pending alias is claimed by the first table of the awaited class and name.
   */
  static @Nullable TableAlias claim(Table constructed, String name) {
    Pending pending = PENDING.get();
    if (pending == null
        || pending.table.getClass() != constructed.getClass()
        || !pending.table.name().equals(name)) {
      return null;
    }
    PENDING.set(null);
    return new TableAlias(pending.table, pending.alias, false);
  }

  private static void requireSameColumns(Table origin, Table made, String alias) {
    List<Column<?>> expected = origin.columns();
    List<Column<?>> actual = made.columns();
    boolean same = expected.size() == actual.size();
    for (int i = 0; same && i < expected.size(); i++) {
      same =
          expected.get(i).name().equals(actual.get(i).name())
              && expected.get(i).type().equals(actual.get(i).type());
    }
    if (!same) {
      throw new CairnException(
          "Alias "
              + alias
              + " of table "
              + origin.name()
              + " declares other columns than the table ("
              + Names.columnList(actual)
              + " instead of "
              + Names.columnList(expected)
              + "); a typed alias needs a class whose constructor always declares the same"
              + " columns");
    }
  }

  private static Supplier<Table> noArgumentConstructor(Class<?> type) {
    MethodHandle handle;
    try {
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      handle = MethodHandles.lookup().unreflectConstructor(constructor);
    } catch (NoSuchMethodException | IllegalAccessException | RuntimeException e) {
      String simple = type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
      String message =
          "Table class "
              + type.getName()
              + " has no accessible constructor without parameters to build a typed alias;"
              + " pass one: Table.alias(table, \"alias\", () -> new "
              + simple
              + "(…))";
      return () -> {
        throw new CairnException(message, e);
      };
    }
    return () -> {
      try {
        return (Table) handle.invoke();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new CairnException(
            "The constructor of " + type.getName() + " failed while building a typed alias", e);
      }
    };
  }
}
