package dev.cairn.spring.data.query;

import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.RelationshipModel;

/**
 * Whether results can come over an open cursor: {@code Query.stream()} cannot load many-to-one
 * references while its cursor is open, so entities that have them are read in one batch and
 * streamed from memory.
 */
final class Streams {

  private Streams() {}

  static boolean canStream(EntityModel<?> model) {
    for (RelationshipModel relationship : model.relationships()) {
      if (!relationship.kind().isCollection() && relationship.owning()) {
        return false;
      }
    }
    return true;
  }
}
