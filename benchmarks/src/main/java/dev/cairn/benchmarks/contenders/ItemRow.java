package dev.cairn.benchmarks.contenders;

/** An item as a record: what JDBC, Cairn Core and jOOQ read rows into. */
public record ItemRow(long id, String name, int quantity, boolean active) {}
