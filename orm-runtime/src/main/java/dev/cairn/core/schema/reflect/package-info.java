/**
 * Reflection: reading tables, columns, keys, constraints and indexes back from a database, as
 * SQLAlchemy's {@code Inspector}. {@link dev.cairn.core.schema.reflect.Inspector} is the public
 * entry point ({@code engine.inspector()}); {@code MetaData.reflect(engine)} builds {@code Table}s
 * from what it reads. Each dialect answers the catalog queries through a {@link
 * dev.cairn.core.schema.reflect.Catalog}.
 */
@NullMarked
package dev.cairn.core.schema.reflect;

import org.jspecify.annotations.NullMarked;
