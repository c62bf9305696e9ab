package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.assertSql;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import org.junit.jupiter.api.Test;

class SelectLockingTest {

  private final SelectTestTables.Users users = SelectTestTables.USERS;
  private final Select base = Sql.select(users.id).where(users.id.eq(7L));
  private static final String BASE = "SELECT users.id FROM users WHERE users.id = ?";

  @Test
  void forUpdateVariants() {
    for (Dialect dialect :
        new Dialect[] {Dialects.H2, Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB}) {
      assertSql(base.forUpdate(), dialect, BASE + " FOR UPDATE", 7L);
      assertSql(base.forUpdate().noWait(), dialect, BASE + " FOR UPDATE NOWAIT", 7L);
      assertSql(base.forUpdate().skipLocked(), dialect, BASE + " FOR UPDATE SKIP LOCKED", 7L);
    }
    assertSql(base.forUpdate().limit(1), Dialects.POSTGRESQL, BASE + " LIMIT ? FOR UPDATE", 7L, 1L);
  }

  @Test
  void forShareVariants() {
    assertSql(base.forShare(), Dialects.POSTGRESQL, BASE + " FOR SHARE", 7L);
    assertSql(base.forShare().noWait(), Dialects.MYSQL, BASE + " FOR SHARE NOWAIT", 7L);
    assertSql(base.forShare(), Dialects.MARIADB, BASE + " LOCK IN SHARE MODE", 7L);
    assertSql(
        base.forShare().skipLocked(),
        Dialects.MARIADB,
        BASE + " LOCK IN SHARE MODE SKIP LOCKED",
        7L);
    assertThatThrownBy(() -> base.forShare().compile(Dialects.H2))
        .isInstanceOf(CairnException.class)
        .hasMessage("FOR SHARE is not supported by h2; use forUpdate(), which H2 supports");
  }

  @Test
  void sqliteOmitsLocksButRejectsNowaitAndSkipLocked() {
    assertSql(base.forUpdate(), Dialects.SQLITE, BASE, 7L);
    assertSql(base.forShare(), Dialects.SQLITE, BASE, 7L);
    assertThatThrownBy(() -> base.forUpdate().noWait().compile(Dialects.SQLITE))
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith("NOWAIT is not supported by sqlite; SQLite locks the whole");
    assertThatThrownBy(() -> base.forUpdate().skipLocked().compile(Dialects.SQLITE))
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith("SKIP LOCKED is not supported by sqlite;");
  }

  @Test
  void waitModesNeedALock() {
    assertThatThrownBy(base::noWait)
        .isInstanceOf(CairnException.class)
        .hasMessage("noWait() applies to a locking SELECT; call forUpdate() or forShare() first");
  }
}
