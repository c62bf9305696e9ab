package dev.cairn.spring.boot.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Configuration properties for Cairn, under the {@code cairn} prefix. */
@ConfigurationProperties("cairn")
public class CairnProperties {

  /** Whether to log every SQL statement with its timing at INFO level. */
  private boolean showSql;

  /**
   * Name of the SQL dialect to use (h2, postgresql, mysql, mariadb, sqlite); detected from the
   * database when not set.
   */
  private @Nullable String dialect;

  /** Number of rows per JDBC batch when executing a statement many times. */
  private int batchSize = 500;

  /** Number of rows fetched per round trip when streaming a result. */
  private int fetchSize = 500;

  public boolean isShowSql() {
    return showSql;
  }

  public void setShowSql(boolean showSql) {
    this.showSql = showSql;
  }

  public @Nullable String getDialect() {
    return dialect;
  }

  public void setDialect(@Nullable String dialect) {
    this.dialect = dialect;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(int batchSize) {
    this.batchSize = batchSize;
  }

  public int getFetchSize() {
    return fetchSize;
  }

  public void setFetchSize(int fetchSize) {
    this.fetchSize = fetchSize;
  }
}
