package dev.cairn.spring.data.domain;

/** An interface projection over SQL rows with the columns {@code title} and {@code author_name}. */
public interface TitleAndAuthor {

  /** The title column. */
  String getTitle();

  /** The author_name column. */
  String getAuthorName();
}
