package dev.cairn.orm.mapping.scan;

/** A class without {@code @Entity}: skipped by the scanner. */
public class NotScanned {
  int value;
}
