package dev.cairn.core.schema;

import dev.cairn.core.CairnException;

/** Checks of table, column and constraint names. */
final class Identifiers {

  private Identifiers() {}

  static String requireValid(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new CairnException("A " + what + " must not be blank");
    }
    return name;
  }
}
