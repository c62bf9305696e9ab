package dev.cairn.benchmarks.contenders;

import dev.cairn.benchmarks.Contender;
import dev.cairn.benchmarks.orm.OrmChild;
import dev.cairn.benchmarks.orm.OrmItem;
import dev.cairn.benchmarks.orm.OrmParent;
import dev.cairn.core.engine.Engine;
import dev.cairn.orm.Load;
import dev.cairn.orm.Query;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Cairn's ORM with its defaults (batch size 500, load batch size 500): entities added to a session
 * and committed, {@code query().all()}, {@code get}, dirty checking on commit, and children loaded
 * by default batch loading or by the {@code Load.selectin} / {@code Load.joined} options.
 */
public final class CairnOrmContender implements Contender {

  private final SessionFactory sessions;
  private final RelationsMode relations;

  /** Runs on {@code dataSource}, loading children as {@code relations} says. */
  public CairnOrmContender(DataSource dataSource, RelationsMode relations) {
    this.sessions =
        SessionFactory.builder(Engine.of(dataSource))
            .entities(OrmItem.class, OrmParent.class, OrmChild.class)
            .build();
    this.relations = relations;
  }

  @Override
  public long insertBatch(int rows) {
    try (Session session = sessions.openSession()) {
      List<OrmItem> added = new ArrayList<>(rows);
      for (int i = 0; i < rows; i++) {
        OrmItem item = new OrmItem("item-" + i, i % 1000, i % 2 == 0);
        session.add(item);
        added.add(item);
      }
      session.commit();
      long keys = 0;
      for (OrmItem item : added) {
        if (item.getId() != null) {
          keys++;
        }
      }
      return keys;
    }
  }

  @Override
  public long loadEntities() {
    try (Session session = sessions.openSession()) {
      List<OrmItem> items = session.query(OrmItem.class).all();
      session.commit();
      long sum = items.size();
      for (OrmItem item : items) {
        sum += item.getQuantity();
      }
      return sum;
    }
  }

  @Override
  public long getById(long[] ids) {
    long sum = 0;
    for (long id : ids) {
      try (Session session = sessions.openSession()) {
        OrmItem item = session.get(OrmItem.class, id);
        session.commit();
        sum += item.getQuantity();
      }
    }
    return sum;
  }

  @Override
  public long updateDirty() {
    try (Session session = sessions.openSession()) {
      long sum = 0;
      for (OrmItem item : session.query(OrmItem.class).all()) {
        item.setQuantity(item.getQuantity() + 1);
        sum += item.getQuantity();
      }
      session.commit();
      return sum;
    }
  }

  @Override
  public long relationsLoad() {
    try (Session session = sessions.openSession()) {
      Query<OrmParent> query = session.query(OrmParent.class);
      if (relations == RelationsMode.SELECTIN) {
        query = query.options(Load.selectin("children"));
      } else if (relations == RelationsMode.JOINED) {
        query = query.options(Load.joined("children"));
      }
      long sum = 0;
      for (OrmParent parent : query.all()) {
        for (OrmChild child : parent.getChildren()) {
          sum += child.getId();
        }
      }
      session.commit();
      return sum;
    }
  }

  @Override
  public void close() {
    // the factory's engine wraps the shared data source, which the benchmark closes
  }
}
