/**
 * Repository query methods: derived queries parsed by Spring Data's {@code PartTree},
 * {@code @Query} SQL, projections, and the lookup strategy that picks one per method.
 */
@NullMarked
package dev.cairn.spring.data.query;

import org.jspecify.annotations.NullMarked;
