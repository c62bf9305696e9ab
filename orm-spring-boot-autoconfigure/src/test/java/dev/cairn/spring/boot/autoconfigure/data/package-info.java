/** Tests of Cairn repositories in Spring Boot: wiring, transactions, loading, start-up failures. */
@NullMarked
package dev.cairn.spring.boot.autoconfigure.data;

import org.jspecify.annotations.NullMarked;
