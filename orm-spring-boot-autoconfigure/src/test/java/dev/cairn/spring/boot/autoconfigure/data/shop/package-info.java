/** Entities and repositories of the repository wiring tests, auto-enabled as an application's. */
@NullMarked
package dev.cairn.spring.boot.autoconfigure.data.shop;

import org.jspecify.annotations.NullMarked;
