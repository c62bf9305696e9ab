package dev.cairn.spring.data.query;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.spring.data.query.SqlTables.Reference;
import dev.cairn.spring.data.query.SqlTokens.Kind;
import dev.cairn.spring.data.query.SqlTokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, when the repository is created, {@code @Query} text that is JPQL rather than SQL — what
 * a port from Spring Data JPA keeps when it only swaps the import of {@code @Query}: {@code JOIN
 * FETCH}, {@code SELECT NEW}, SpEL placeholders ({@code :#{...}}), an entity's name where a table
 * is expected ({@code FROM PetType}, confirmed by asking the database that no such table exists),
 * and an identification variable selected in place of an entity's columns ({@code SELECT p FROM
 * pets p}). The message names the method and the SQL to write. SQL it cannot judge (quoted or
 * qualified names, tables outside the mapping, text that reads two ways) passes untouched: valid
 * SQL is never refused.
 */
final class JpqlCheck {

  private final Engine engine;
  private final Map<String, Table> tables = new HashMap<>();
  private final Map<String, EntityModel<?>> entities = new HashMap<>();

  /**
   * A check against the tables and entities of {@code mapping} and the database of {@code engine}.
   */
  JpqlCheck(MappingModel mapping, Engine engine) {
    this.engine = engine;
    for (Table table : mapping.metaData().tables()) {
      tables.put(table.name().toUpperCase(Locale.ROOT), table);
    }
    for (EntityModel<?> entity : mapping.entities()) {
      entities.put(entity.name().toUpperCase(Locale.ROOT), entity);
      entities.put(entity.javaType().getSimpleName().toUpperCase(Locale.ROOT), entity);
    }
  }

  /**
   * Fails naming {@code method} when {@code sql} is JPQL; {@code entities} says whether its rows
   * become entities of the repository (so that every column of the entity must be selected).
   */
  void check(CairnQueryMethod method, String sql, boolean entities) {
    SqlTokens read = SqlTokens.of(sql);
    if (read.unsure()) {
      return;
    }
    List<Token> tokens = read.list();
    syntax(method, tokens);
    SqlTables names = SqlTables.of(tokens);
    List<String> rewrites = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (Reference reference : names.references()) {
      EntityModel<?> entity = entityNamed(reference.name(), names);
      if (entity != null) {
        named.add(reference.name());
        rewrites.add(reference.keyword() + " " + entity.table().name());
      }
    }
    String selected = names.selectedWord();
    Reference selectedAlias = selected == null ? null : aliased(names, selected);
    if (!rewrites.isEmpty()) {
      String fix = "write " + String.join(", ", rewrites);
      if (selectedAlias != null) {
        fix += " and SELECT " + selected + ".* instead of SELECT " + selected;
      }
      throw method.failure(
          "its @Query looks like JPQL: "
              + String.join(", ", named)
              + (named.size() == 1 ? " is an entity, not a table" : " are entities, not tables"),
          "Cairn's @Query takes SQL; " + fix);
    }
    if (entities && selectedAlias != null && !hasColumn(selectedAlias.name(), selected)) {
      throw method.failure(
          "its @Query selects "
              + selected
              + ", the alias of "
              + selectedAlias.name()
              + ", as JPQL selects an identification variable",
          "Cairn's @Query takes SQL, whose rows need the entity's columns; write SELECT "
              + selected
              + ".*");
    }
  }

  /** JPQL-only constructs, whatever the tables. */
  private static void syntax(CairnQueryMethod method, List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind() == Kind.SPEL) {
        throw method.failure(
            "its @Query uses the SpEL expression "
                + token.text()
                + "...}, a Spring Data JPA"
                + " feature",
            "Cairn's @Query takes SQL with bound parameters; pass the value as a method parameter"
                + " and write :name (with @Param(\"name\"))");
      }
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (next == null) {
        continue;
      }
      if (token.upper().endsWith("JOIN") && token.kind() == Kind.WORD && next.is("FETCH")) {
        throw method.failure(
            "its @Query looks like JPQL: JOIN FETCH is not SQL",
            "Cairn's @Query takes SQL; select the entity's own columns (SELECT o.* FROM ...)"
                + " and load the relationship with @LoadPlan(joined = ...) or"
                + " @LoadPlan(selectin = ...) on the method");
      }
      if (token.is("NEW")
          && (after(tokens, i, "SELECT") || after(tokens, i, "DISTINCT"))
          && next.kind() == Kind.WORD) {
        throw method.failure(
            "its @Query looks like JPQL: SELECT NEW (a constructor expression) is not SQL",
            "Cairn's @Query takes SQL; select the columns labelled as the components of a record"
                + " (SELECT name AS name, ...) and return the record");
      }
    }
  }

  /**
   * The entity {@code name} names when it is an entity's name and no table: not a mapped table, not
   * a common table expression, and — asked of the database — no table there either.
   */
  private @Nullable EntityModel<?> entityNamed(String name, SqlTables names) {
    String upper = name.toUpperCase(Locale.ROOT);
    EntityModel<?> entity = entities.get(upper);
    if (entity == null || tables.containsKey(upper) || names.isCte(name)) {
      return null;
    }
    try {
      // an unquoted name: the database folds it (to lower or upper case) or keeps it as written
      for (String stored : List.of(name.toLowerCase(Locale.ROOT), name, upper)) {
        if (engine.tableExists(stored)) {
          return null;
        }
      }
      return entity;
    } catch (CairnException unreachable) {
      return null; // the database cannot tell: leave the SQL alone
    }
  }

  private static @Nullable Reference aliased(SqlTables names, String alias) {
    for (Reference reference : names.references()) {
      if (alias.equalsIgnoreCase(reference.alias())) {
        return reference;
      }
    }
    return null;
  }

  /**
   * Whether the mapped table {@code table} has the column {@code column}; true when the table is
   * not mapped (its columns are unknown, so the selection may be a column).
   */
  private boolean hasColumn(String table, String column) {
    Table mapped = tables.get(table.toUpperCase(Locale.ROOT));
    if (mapped == null) {
      return true;
    }
    for (Column<?> candidate : mapped.columns()) {
      if (candidate.name().equalsIgnoreCase(column)) {
        return true;
      }
    }
    return false;
  }

  private static boolean after(List<Token> tokens, int i, String word) {
    return i > 0 && tokens.get(i - 1).is(word);
  }
}
