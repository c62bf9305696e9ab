package dev.cairn.core.sql;

import dev.cairn.core.sql.type.TypeDialect;

/**
 * What the SQL compiler asks a database dialect. Implemented by {@code dev.cairn.core.dialect}'s
 * dialects; statement objects never see a concrete dialect, only these questions and hooks.
 */
public interface SqlDialect {

  /** The dialect's name, e.g. {@code postgresql}; used in messages. */
  String name();

  /** Quotes {@code identifier} if it needs quoting (reserved word, mixed case, odd characters). */
  String quoteIdentifier(String identifier);

  /** Type names, literals and codecs. */
  TypeDialect types();

  /** Hooks for queries: limits, ordering, joins, locking, functions. */
  QuerySyntax query();

  /** Hooks for INSERT, UPDATE, DELETE, RETURNING and upsert. */
  DmlSyntax dml();

  /**
   * The most bound parameters one statement may carry; callers chunk IN lists and batches by it.
   */
  int maxBindParameters();
}
