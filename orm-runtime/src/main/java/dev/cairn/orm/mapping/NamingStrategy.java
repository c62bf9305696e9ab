package dev.cairn.orm.mapping;

/**
 * Derives database names from Java names where the annotations give none. Replace it when the
 * mapping is built ({@code MappingModel.builder().namingStrategy(...)}); the default is {@link
 * SnakeCaseNamingStrategy}.
 */
public interface NamingStrategy {

  /** The table name of an entity class without {@code @Table}. */
  String tableName(Class<?> entityClass);

  /** The column name of a field without {@code @Column(name)}. */
  String columnName(String fieldName);

  /**
   * The name of the sequence numbering {@code column} of {@code table} when {@code @GeneratedValue}
   * names none: {@code <table>_seq} by default.
   */
  default String sequenceName(String table, String column) {
    return table + "_seq";
  }
}
