/** A Boot application using repositories from {@code @Transactional} services. */
@NullMarked
package dev.cairn.spring.boot.autoconfigure.data.app;

import org.jspecify.annotations.NullMarked;
