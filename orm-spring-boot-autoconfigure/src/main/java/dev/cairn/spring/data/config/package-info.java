/**
 * Enabling Cairn repositories in a Spring application: {@link
 * dev.cairn.spring.data.config.EnableCairnRepositories} and the Spring Data configuration extension
 * behind it.
 */
@NullMarked
package dev.cairn.spring.data.config;

import org.jspecify.annotations.NullMarked;
