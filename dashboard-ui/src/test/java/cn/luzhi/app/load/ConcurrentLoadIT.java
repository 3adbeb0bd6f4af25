package cn.luzhi.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.app.browser.CockpitCases;
import cn.luzhi.events.testing.TestDatabase;
import cn.luzhi.query.support.StaffAccounts;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two all-in-one JVMs (started from {@code target/luzhi.jar}) on one database, each written to by several staff
 * at once through the REST API. Once the writers stop and every processor has caught up, the read models must be
 * what a clean rebuild from the event store makes of the same events, row for row; every event must be in the
 * audit log under its own global index; and every command a node acknowledged must have its events stored. The
 * same holds when one node is killed (kill -9) under load and restarted.
 * <p>
 * The load is small by default, to keep {@code mvn verify} short; {@code -Dload.clients} (clients per node) and
 * {@code -Dload.seconds} make it a soak test (README, Benchmarks).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentLoadIT {

    private static final String PASSWORD = StaffAccounts.PASSWORD;
    private static final int CLIENTS_PER_NODE = Integer.getInteger("load.clients", 4);
    private static final int SECONDS = Integer.getInteger("load.seconds", 20);

    private AppNode nodeA;
    private AppNode nodeB;
    private ReadModelCheck check;

    @BeforeAll
    void startTwoNodes() {
        String databaseUrl = TestDatabase.newDatabase();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(databaseUrl);
        dataSource.setUser(TestDatabase.username());
        check = new ReadModelCheck(JdbcClient.create(dataSource));
        // Both nodes sign the tamper-evidence chain with the same keys, which the first node creates.
        String keyFile = "target/load-audit-keys-" + databaseUrl.replaceAll(".*/([^/?]+).*", "$1") + ".properties";
        List<String> settings = List.of("--luzhi.accounts.demo-enabled=true",
                "--luzhi.accounts.demo-password=" + PASSWORD, "--luzhi.demo.enabled=false",
                "--luzhi.accounts.demo-deputy-id=" + CockpitCases.LEAD_DEPUTY,
                "--luzhi.accounts.demo-unit-id=" + CockpitCases.UNIT, "--luzhi.audit.key-file=" + keyFile);
        nodeA = new AppNode("load-node-a", databaseUrl, TestDatabase.username(), settings);
        nodeB = new AppNode("load-node-b", databaseUrl, TestDatabase.username(), settings);
        // One after the other: the first migrates the database and creates the keys the second reads.
        nodeA.start();
        nodeA.awaitReady();
        nodeB.start();
        nodeB.awaitReady();
        new CockpitCases(nodeA.base(), PASSWORD).registerReferenceData();
    }

    @AfterAll
    void stopBothNodes() {
        if (nodeA != null) {
            nodeA.stop();
        }
        if (nodeB != null) {
            nodeB.stop();
        }
    }

    @Test
    void shouldBuildWhatACleanRebuildBuildsWhileStaffWriteOnTwoNodesAtOnce() throws InterruptedException {
        LoadClients load = new LoadClients(PASSWORD);
        load.start(nodeA, CLIENTS_PER_NODE);
        load.start(nodeB, CLIENTS_PER_NODE);
        Thread.sleep(SECONDS * 1000L);
        load.stop();

        assertThat(load.failedCases(nodeA) + load.failedCases(nodeB)).as("cases that failed with both nodes up: %s",
                load.failureSamples()).isZero();
        assertThat(load.finishedCases()).as("cases walked to the end").isGreaterThanOrEqualTo(2 * CLIENTS_PER_NODE);
        assertMatchesACleanRebuild(load);
    }

    @Test
    void shouldLoseNoAcknowledgedCommandAndMatchACleanRebuildAfterANodeIsKilledUnderLoad()
            throws InterruptedException {
        LoadClients load = new LoadClients(PASSWORD);
        load.start(nodeA, CLIENTS_PER_NODE);
        load.start(nodeB, CLIENTS_PER_NODE);
        Thread.sleep(SECONDS * 500L);
        nodeB.kill();
        nodeB.start();
        nodeB.awaitReady();
        // Its clients carry on against the restarted node, which takes over segments again.
        Thread.sleep(SECONDS * 500L);
        load.stop();

        assertThat(load.failedCases(nodeA)).as("cases that failed on the node left running: %s",
                load.failureSamples()).isZero();
        assertThat(load.failedCases(nodeB)).as("cases the kill broke off (else it hit no work)").isPositive();
        assertMatchesACleanRebuild(load);
    }

    /** Waits for the processors, then compares what they built with the event store and with a clean rebuild. */
    private void assertMatchesACleanRebuild(LoadClients load) {
        List<AppNode> nodes = List.of(nodeA, nodeB);
        check.awaitCaughtUp(nodes);
        List<String> acknowledged = load.acknowledged();
        System.out.printf("%s: %d clients per node for %d s, %d cases finished, %d commands acknowledged, "
                        + "%d events in the store%n", getClass().getSimpleName(), CLIENTS_PER_NODE, SECONDS,
                load.finishedCases(), acknowledged.size(), check.events());

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(check.lost(acknowledged)).as("acknowledged commands without a stored event").isEmpty();
        softly.assertThat(check.auditLogDisagreements()).as("the audit log against the event store").isEmpty();
        Map<String, List<String>> live = check.snapshot(nodeA);
        check.rebuildAll(nodeA);
        Map<String, List<String>> rebuilt = check.snapshot(nodeA);
        softly.assertThat(rebuilt.get("petition")).as("petitions in the rebuilt read model").isNotEmpty();
        softly.assertThat(ReadModelCheck.differences(live, rebuilt))
                .as("read tables built live against a clean rebuild").isEmpty();
        softly.assertAll();
    }
}
