/** The bookshop's entities: authors, books, tags and reviews, mapped with Cairn's annotations. */
@NullMarked
package dev.cairn.sample.domain;

import org.jspecify.annotations.NullMarked;
