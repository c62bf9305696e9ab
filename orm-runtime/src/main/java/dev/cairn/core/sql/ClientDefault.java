package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlType;
import java.util.function.Supplier;

/**
 * The client-side default of a column an INSERT row does not give: a parameter whose value the
 * column's supplier produces when the statement is bound, so a compiled (and cached) statement gets
 * a fresh value on every execution and for every row of {@code executeMany}.
 */
record ClientDefault<T>(ColumnReference<T> column, Supplier<? extends T> supplier)
    implements Expression<T> {

  @Override
  public SqlType<T> type() {
    return column.type();
  }

  @Override
  public void render(RenderContext context) {
    context.bindSupplied(column.type(), this::next);
  }

  /** A new value from the supplier, checked to be a non-null value of the column's type. */
  T next() {
    T value = supplier.get();
    if (value == null) {
      throw new CairnException(
          "The client-side default of column "
              + qualifiedName()
              + " produced null; make its defaultSupplier return a value, or give the column a"
              + " value in the insert");
    }
    if (!column.type().accepts(value)) {
      throw new CairnException(
          "The client-side default of column "
              + qualifiedName()
              + " produced a "
              + value.getClass().getName()
              + " but the column holds "
              + column.type().javaType().getName()
              + "; make its defaultSupplier return that type");
    }
    return value;
  }

  private String qualifiedName() {
    return column.tableReference().name() + "." + column.name();
  }
}
