package dev.cairn.spring.data.domain;

/** A closed interface projection of a book. */
public interface TitleOnly {

  /** The book's title. */
  String getTitle();
}
