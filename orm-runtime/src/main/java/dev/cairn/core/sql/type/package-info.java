/**
 * SQL types: {@link dev.cairn.core.sql.type.SqlType} pairs a portable SQL type with a Java type; a
 * dialect's {@link dev.cairn.core.sql.type.TypeDialect} names it in DDL and binds and reads it
 * through a {@link dev.cairn.core.sql.type.JdbcCodec}.
 */
@NullMarked
package dev.cairn.core.sql.type;

import org.jspecify.annotations.NullMarked;
