package dev.cairn.orm.session;

import dev.cairn.orm.Session;
import dev.cairn.orm.session.SessionFixtures.*;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;

class SessionProbeTest {
  @DatabaseTest
  void probe(TestDb db) {
    try (Fixture f =
            new Fixture(db, Child.class, Parent.class, Account.class)
                .create()
                .withChildForeignKey(db);
        Session s = f.sessions.openSession()) {
      Parent p1 = new Parent("a");
      Parent p2 = new Parent("b");
      s.addAll(java.util.List.of(p1, p2));
      s.flush();
      Child c = new Child(p1.id, "c");
      s.add(c);
      Account a = new Account("x", 1);
      s.add(a);
      s.commit();
      a.balance = 5;
      p1.name = "aa";
      s.flush();
      s.delete(c);
      s.delete(p1);
      s.delete(a);
      s.commit();
      System.out.println("PROBE " + db + " " + f.recorder.sql + " " + f.recorder.batchSizes);
    }
  }
}
