/**
 * The bookshop's use cases: Spring Data repositories over Cairn and the {@code @Transactional}
 * services that the REST controllers call. Services return API records, built while the
 * transaction's session is still open.
 */
@NullMarked
package dev.cairn.sample.catalog;

import org.jspecify.annotations.NullMarked;
