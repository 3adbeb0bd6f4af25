package cn.luzhi.command.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.testing.TestDatabase;
import cn.luzhi.events.ballot.BallotId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The ballot keys in real PostgreSQL, migrated by the command side's own Flyway scripts. */
class JdbcBallotPaperKeysTest {

    private static DataSource database;

    @BeforeAll
    static void migrate() {
        database = new DriverManagerDataSource(TestDatabase.url(), TestDatabase.username(), "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration/command").load().migrate();
    }

    private static JdbcBallotPaperKeys node() {
        return new JdbcBallotPaperKeys(JdbcClient.create(database));
    }

    @Test
    void shouldCreateA256BitKeyOnFirstUseAndKeepIt() {
        JdbcBallotPaperKeys keys = node();
        byte[] first = keys.keyFor(new BallotId("b-keep"));
        assertThat(first).hasSize(32);
        assertThat(keys.keyFor(new BallotId("b-keep"))).isEqualTo(first);
    }

    @Test
    void shouldGiveEachBallotItsOwnKey() {
        JdbcBallotPaperKeys keys = node();
        assertThat(keys.keyFor(new BallotId("b-one"))).isNotEqualTo(keys.keyFor(new BallotId("b-two")));
    }

    @Test
    void shouldLetNodesRacingForANewBallotAgreeOnOneKey() throws Exception {
        BallotId ballot = new BallotId("b-race");
        int nodes = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<byte[]>> keys = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                JdbcBallotPaperKeys node = node();
                Callable<byte[]> firstUse = () -> {
                    start.await();
                    return node.keyFor(ballot);
                };
                keys.add(pool.submit(firstUse));
            }
            start.countDown();
            byte[] agreed = keys.get(0).get();
            for (Future<byte[]> key : keys) {
                assertThat(key.get()).isEqualTo(agreed);
            }
            assertThat(JdbcClient.create(database).sql("SELECT count(*) FROM ballot_paper_key WHERE ballot_id = ?")
                    .param(ballot.value()).query(Integer.class).single()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
