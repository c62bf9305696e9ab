/**
 * Spring Data repositories for Cairn: {@link dev.cairn.spring.data.CairnRepository}, the base
 * interface of repository interfaces whose implementations Spring Data generates over the shared
 * {@link dev.cairn.orm.Session}.
 */
@NullMarked
package dev.cairn.spring.data;

import org.jspecify.annotations.NullMarked;
