package dev.cairn.core.sql;

/**
 * A function call ({@code SUM(x)}, {@code ROW_NUMBER()}, any function by name). Aggregates and
 * ranking functions become window functions with {@link #over(Window)}.
 *
 * @param <T> the Java type of the function's result
 */
public interface FunctionExpression<T> extends Expression<T> {

  /** This function over a window: {@code f(...) OVER (PARTITION BY … ORDER BY … frame)}. */
  Expression<T> over(Window window);

  /** This function over the whole result: {@code f(...) OVER ()}. */
  default Expression<T> over() {
    return over(Window.empty());
  }
}
