/**
 * The repository runtime: {@link dev.cairn.spring.data.support.CairnRepositoryFactory} creates
 * repositories over a {@link dev.cairn.orm.Session}, backed by {@link
 * dev.cairn.spring.data.support.SimpleCairnRepository}.
 */
@NullMarked
package dev.cairn.spring.data.support;

import org.jspecify.annotations.NullMarked;
