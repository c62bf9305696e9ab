/** A repository ported from Spring Data JPA that kept JPQL in {@code @Query}. */
@NullMarked
package dev.cairn.spring.boot.autoconfigure.data.ported;

import org.jspecify.annotations.NullMarked;
