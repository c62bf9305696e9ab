package dev.cairn.sample.catalog;

import dev.cairn.sample.domain.Tag;
import dev.cairn.spring.data.CairnRepository;
import java.util.Collection;
import java.util.List;

/** Tags. */
public interface TagRepository extends CairnRepository<Tag, Long> {

  /** The tags whose names are among {@code names}: one {@code IN (…)} query. */
  List<Tag> findByNameIn(Collection<String> names);
}
