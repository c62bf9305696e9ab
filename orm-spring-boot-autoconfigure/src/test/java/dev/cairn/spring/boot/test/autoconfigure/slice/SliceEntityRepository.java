package dev.cairn.spring.boot.test.autoconfigure.slice;

import dev.cairn.spring.data.CairnRepository;
import java.util.List;

/** A repository of the sliced application, created by the slice as by the full application. */
public interface SliceEntityRepository extends CairnRepository<SliceEntity, Long> {

  /** The entities called {@code name}. */
  List<SliceEntity> findByName(String name);
}
