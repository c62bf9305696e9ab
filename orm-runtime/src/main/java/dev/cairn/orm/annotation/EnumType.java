package dev.cairn.orm.annotation;

/** How an enum field is stored; see {@link Enumerated}. */
public enum EnumType {
  /** By {@code name()}, in a varchar as long as the longest constant (the default). */
  STRING,
  /** By {@code ordinal()}, in an INTEGER column; reordering the constants changes the meaning. */
  ORDINAL
}
