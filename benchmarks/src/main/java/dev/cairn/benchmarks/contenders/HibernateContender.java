package dev.cairn.benchmarks.contenders;

import dev.cairn.benchmarks.Contender;
import dev.cairn.benchmarks.jpa.HibChild;
import dev.cairn.benchmarks.jpa.HibItem;
import dev.cairn.benchmarks.jpa.HibParent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Hibernate ORM 7 through JPA, bootstrapped without Spring by {@link
 * HibernatePersistenceConfiguration}: JDBC batching on ({@code hibernate.jdbc.batch_size} 500,
 * ordered inserts and updates), sequence keys with the pooled optimizer, the second-level cache
 * off, and a flush/clear every batch in the bulk insert, as Hibernate's batching guide shows.
 */
public final class HibernateContender implements Contender {

  /** Statements per JDBC batch, and the flush/clear interval of the bulk insert. */
  public static final int BATCH_SIZE = 500;

  private final EntityManagerFactory factory;
  private final RelationsMode relations;

  /** Runs on {@code dataSource}, loading children as {@code relations} says. */
  public HibernateContender(DataSource dataSource, RelationsMode relations) {
    HibernatePersistenceConfiguration configuration =
        new HibernatePersistenceConfiguration("benchmarks")
            .managedClasses(HibItem.class, HibParent.class, HibChild.class)
            .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
            .property(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE)
            .property(AvailableSettings.ORDER_INSERTS, true)
            .property(AvailableSettings.ORDER_UPDATES, true)
            .property(AvailableSettings.USE_SECOND_LEVEL_CACHE, false)
            .property(AvailableSettings.HBM2DDL_AUTO, "none");
    if (relations == RelationsMode.BATCH_SIZE) {
      configuration.property(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 500);
    }
    this.factory = configuration.createEntityManagerFactory();
    this.relations = relations;
  }

  @Override
  public long insertBatch(int rows) {
    return inTransaction(
        em -> {
          long keys = 0;
          for (int i = 0; i < rows; i++) {
            HibItem item = new HibItem("item-" + i, i % 1000, i % 2 == 0);
            em.persist(item);
            if (item.getId() != null) {
              keys++;
            }
            if ((i + 1) % BATCH_SIZE == 0) {
              em.flush();
              em.clear();
            }
          }
          return keys;
        });
  }

  @Override
  public long loadEntities() {
    return inTransaction(
        em -> {
          List<HibItem> items = em.createQuery("from HibItem", HibItem.class).getResultList();
          long sum = items.size();
          for (HibItem item : items) {
            sum += item.getQuantity();
          }
          return sum;
        });
  }

  @Override
  public long getById(long[] ids) {
    long sum = 0;
    for (long id : ids) {
      sum += inTransaction(em -> em.find(HibItem.class, id).getQuantity());
    }
    return sum;
  }

  @Override
  public long updateDirty() {
    return inTransaction(
        em -> {
          long sum = 0;
          for (HibItem item : em.createQuery("from HibItem", HibItem.class).getResultList()) {
            item.setQuantity(item.getQuantity() + 1);
            sum += item.getQuantity();
          }
          return sum;
        });
  }

  @Override
  public long relationsLoad() {
    String query =
        relations == RelationsMode.JOINED
            ? "from HibParent p join fetch p.children"
            : "from HibParent";
    return inTransaction(
        em -> {
          long sum = 0;
          for (HibParent parent : em.createQuery(query, HibParent.class).getResultList()) {
            for (HibChild child : parent.getChildren()) {
              sum += child.getId();
            }
          }
          return sum;
        });
  }

  @Override
  public void close() {
    factory.close();
  }

  private long inTransaction(ToLongFunction<EntityManager> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      long result = work.applyAsLong(em);
      em.getTransaction().commit();
      return result;
    } catch (RuntimeException e) {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      throw e;
    } finally {
      em.close();
    }
  }
}
