package dev.cairn.core.sql.type;

/** Checks a type's declared length, precision and scale against a dialect's limits. */
final class DeclaredSizes {

  private DeclaredSizes() {}

  /** A {@link dev.cairn.core.CairnException} when {@code type} is declared larger than allowed. */
  static void check(StandardTypeDialect types, SqlType<?> type) {
    switch (type.kind()) {
      case VARCHAR, ENUM -> {
        if (type.length() > types.maxVarcharLength()) {
          throw types.cannotStore(
              type,
              "VARCHAR holds at most "
                  + types.maxVarcharLength()
                  + " characters here; use SqlTypes.TEXT or a shorter length");
        }
      }
      case BINARY -> {
        if (type.length() > types.maxBinaryLength()) {
          throw types.cannotStore(
              type,
              "bounded binary holds at most "
                  + types.maxBinaryLength()
                  + " bytes here; use SqlTypes.BINARY (unbounded) or a shorter length");
        }
      }
      case NUMERIC -> {
        if (type.precision() > types.maxNumericPrecision()
            || type.scale() > types.maxNumericScale()) {
          throw types.cannotStore(
              type,
              "NUMERIC precision is at most "
                  + types.maxNumericPrecision()
                  + " and scale at most "
                  + types.maxNumericScale()
                  + " here; declare a smaller numeric");
        }
      }
      default -> {
        // no declared size to check
      }
    }
  }
}
