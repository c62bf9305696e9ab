/** A package outside the application's, enabled with {@code @EnableCairnRepositories}. */
@NullMarked
package dev.cairn.spring.boot.autoconfigure.data.other;

import org.jspecify.annotations.NullMarked;
