package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.orm.mapping.NamingStrategy;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Configuration properties for Cairn, under the {@code cairn} prefix. */
@ConfigurationProperties("cairn")
public class CairnProperties {

  /** What to do with the entity tables at start-up. */
  public enum Schema {
    /** Leave the database alone. */
    NONE,
    /** Check that every entity table and column exists; fail start-up naming what is missing. */
    VALIDATE,
    /**
     * Create the entity tables that are missing; existing tables and their rows are kept as they
     * are (SQLAlchemy's {@code create_all}).
     */
    CREATE,
    /**
     * Drop the entity tables that exist and create them afresh, then drop them again when the
     * application stops.
     */
    CREATE_DROP,
    /**
     * As {@code create}, and add the columns missing from existing entity tables; never drops or
     * changes a table or column.
     */
    UPDATE
  }

  /**
   * Packages (with sub-packages) scanned for entity classes; by default the packages of
   * CairnEntityScan, EntityScan or the SpringBootApplication class.
   */
  private List<String> entityPackages = new ArrayList<>();

  /**
   * Schema management at start-up: none, validate, create (missing tables), create-drop (fresh
   * tables, dropped at shutdown) or update (missing tables and columns); defaults to create for an
   * embedded database, none otherwise.
   */
  private @Nullable Schema schema;

  /** Whether lazy loading of relationships fails instead of loading. */
  private boolean strictLoading;

  /** Naming strategy class for tables and columns (default snake_case). */
  private @Nullable Class<? extends NamingStrategy> namingStrategy;

  /** Whether to log every SQL statement with its timing at INFO level. */
  private boolean showSql;

  /**
   * Name of the SQL dialect to use (h2, postgresql, mysql, mariadb, sqlite); detected from the
   * database when not set.
   */
  private @Nullable String dialect;

  /** Number of rows per JDBC batch when executing a statement many times or flushing a session. */
  private int batchSize = 500;

  /** Number of rows fetched per round trip when streaming a result. */
  private int fetchSize = 500;

  /**
   * Whether each flush inside a Spring transaction runs under a savepoint (two more JDBC calls per
   * flush), so that a failed flush is undone and the transaction stays usable; without it a failed
   * flush leaves the transaction fit only to roll back, and its commit fails.
   */
  private boolean flushSavepoints;

  public List<String> getEntityPackages() {
    return entityPackages;
  }

  public void setEntityPackages(List<String> entityPackages) {
    this.entityPackages = entityPackages;
  }

  public @Nullable Schema getSchema() {
    return schema;
  }

  public void setSchema(@Nullable Schema schema) {
    this.schema = schema;
  }

  public boolean isStrictLoading() {
    return strictLoading;
  }

  public void setStrictLoading(boolean strictLoading) {
    this.strictLoading = strictLoading;
  }

  public @Nullable Class<? extends NamingStrategy> getNamingStrategy() {
    return namingStrategy;
  }

  public void setNamingStrategy(@Nullable Class<? extends NamingStrategy> namingStrategy) {
    this.namingStrategy = namingStrategy;
  }

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

  public boolean isFlushSavepoints() {
    return flushSavepoints;
  }

  public void setFlushSavepoints(boolean flushSavepoints) {
    this.flushSavepoints = flushSavepoints;
  }
}
