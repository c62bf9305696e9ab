/**
 * The {@link dev.cairn.spring.boot.test.autoconfigure.CairnTest @CairnTest} test slice: only Cairn,
 * an embedded DataSource and transactions rolled back after each test.
 */
@NullMarked
package dev.cairn.spring.boot.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
