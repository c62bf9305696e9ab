package dev.cairn.core.dialect.mysql;

/**
 * MariaDB's types: MySQL's, with MariaDB's native {@code UUID} type (10.7 and later; bound and read
 * as its text form), JSON as MariaDB's {@code JSON} alias (LONGTEXT with a {@code JSON_VALID}
 * check, which keeps the text as written), and DECIMAL scales up to 38.
 */
public class MariaDbTypes extends MySqlTypes {

  /** Creates the MariaDB types. */
  public MariaDbTypes() {
    super("mariadb");
  }

  @Override
  protected String uuidTypeName() {
    return "UUID";
  }

  @Override
  protected String uuidCastTypeName() {
    return "UUID";
  }

  @Override
  protected String jsonCastTypeName() {
    return "CHAR";
  }

  @Override
  protected int maxNumericScale() {
    return 38;
  }
}
