package dev.cairn.benchmarks;

/**
 * One measured time: a contender doing an operation on a database.
 *
 * @param database {@code h2} or {@code postgresql}
 * @param operation the operation's name ({@code insert-batch}, …)
 * @param contender the contender's name ({@code jdbc}, {@code cairn-orm-joined}, …)
 * @param msPerOp milliseconds per whole operation (JMH's single-shot average)
 */
public record Measurement(String database, String operation, String contender, double msPerOp) {}
