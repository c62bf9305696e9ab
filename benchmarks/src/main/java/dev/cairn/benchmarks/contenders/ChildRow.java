package dev.cairn.benchmarks.contenders;

/** A child row as a record. */
public record ChildRow(long id, long parentId, String name) {}
