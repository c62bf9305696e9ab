/**
 * Migration scripts from the mapping: {@link dev.cairn.orm.migration.SchemaDiffCommand} writes the
 * DDL that brings a database to the entities' tables, for a Flyway or Liquibase migration.
 */
@NullMarked
package dev.cairn.orm.migration;

import org.jspecify.annotations.NullMarked;
