package dev.cairn.spring.boot.autoconfigure.replica;

import static dev.cairn.spring.boot.autoconfigure.replica.ReplicaContexts.statements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spring.boot.autoconfigure.replica.NoteService.Where;
import dev.cairn.test.ClusterServers;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Spring's routing on the real PostgreSQL streaming replica ({@code
 * CAIRN_TEST_POSTGRES_REPLICA_URL}): {@code pg_is_in_recovery()} inside each transaction says where
 * the session and {@code JdbcTemplate} ran.
 */
class SpringReplicaRoutingTest {

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void readOnlyTransactionsAndRepositoryQueriesRunOnTheReplica(TestDb db) {
    String replica = ClusterServers.replicaOf(db);
    ReplicaContexts.runner()
        .withPropertyValues(
            "spring.datasource.url=" + db.jdbcUrl(), "cairn.replicas.urls=" + replica)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(DataSource.class))
                  .isInstanceOf(LazyConnectionDataSourceProxy.class);
              NoteService service = context.getBean(NoteService.class);
              NoteRepository notes = context.getBean(NoteRepository.class);
              MeterRegistry meters = context.getBean(MeterRegistry.class);

              assertThat(service.addAndCount("hello"))
                  .as("read-your-writes inside the read-write transaction")
                  .isEqualTo(1);
              notes.save(new Note("world"));
              ClusterServers.awaitReplica(db, Duration.ofSeconds(30));
              long replicaBefore = statements(meters, "replica");

              assertThat(service.readOnly()).isEqualTo(new Where(true, true));
              assertThat(service.readWrite()).isEqualTo(new Where(false, false));
              assertThat(notes.countOnStandby())
                  .as("a query method outside a transaction runs read-only, on the replica")
                  .isEqualTo(2);
              assertThat(notes.findByBody("hello"))
                  .extracting(Note::getBody)
                  .containsExactly("hello");
              assertThat(service.countOnStandbyInReadWrite())
                  .as("the same query method inside a read-write transaction, on the primary")
                  .isZero();
              assertThat(statements(meters, "replica") - replicaBefore)
                  .as("statements tagged target=replica")
                  .isEqualTo(3);
              assertThat(statements(meters, "primary")).isPositive();
            });
  }
}
