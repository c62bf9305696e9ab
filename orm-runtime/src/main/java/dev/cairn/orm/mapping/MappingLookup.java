package dev.cairn.orm.mapping;

import java.lang.invoke.MethodHandles;

/** The private lookups through which accessors reach fields and constructors of any visibility. */
final class MappingLookup {

  private MappingLookup() {}

  /** A lookup with private access to {@code type}. */
  static MethodHandles.Lookup privateLookupIn(Class<?> type) throws IllegalAccessException {
    return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
  }

  /** The error when a class's package does not let Cairn in. */
  static MappingException notOpen(Class<?> type, String member, Exception cause) {
    return new MappingException(
        type,
        member,
        "Cairn cannot access "
            + type.getName()
            + "."
            + member
            + ": its package "
            + type.getPackageName()
            + " is not open to Cairn. Add 'opens "
            + type.getPackageName()
            + "' to its module-info.java",
        cause);
  }
}
