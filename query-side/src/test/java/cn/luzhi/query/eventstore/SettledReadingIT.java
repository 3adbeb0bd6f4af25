package cn.luzhi.query.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.station.StationId;
import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.KnownHistory;
import cn.luzhi.query.support.Projections;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event reaches every read model whatever the order in which transactions commit: a commit held at COMMIT (a
 * deferred trigger, as a synchronous replica or a slow disk would hold it) past Axon's 60 s gap timeout while
 * hundreds of indexes are burnt and later events commit, and a commit held while a backdated event (a command
 * node whose clock is slow) commits after it. Axon's own engine skips the held event in both.
 */
class SettledReadingIT extends QuerySideIntegrationTest {

    /** Axon's default gap timeout is 60 s; the commit is held longer. */
    private static final int BEYOND_GAP_TIMEOUT_SECONDS = 65;
    /** Axon cleans gaps by timestamp once a token has more than 250. */
    private static final int BURNT_INDEXES = 300;

    /** A district of its own, so that the shared context's cockpit figures do not count these petitions. */
    private static final String REGION = "150196";

    private EventLog log;

    @BeforeEach
    void holdCommitsOfListedAggregates() {
        log = new EventLog(eventStore, jdbc);
        KnownHistory.appendOnce(log);
        if (jdbc.sql("SELECT count(*) FROM read.region WHERE region_id = :id").param("id", REGION)
                .query(Long.class).single() == 0) {
            Projections.awaitProcessed(processing, log.append(KnownHistory.on("2026-02-01"),
                    new RegionRegistered(RegionId.of(REGION), "提交顺序区", RegionLevel.DISTRICT, null)));
        }
        jdbc.sql("CREATE TABLE IF NOT EXISTS public.held_commit (aggregate_identifier TEXT PRIMARY KEY, "
                + "seconds INTEGER NOT NULL)").update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION public.hold_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_sleep(seconds) FROM public.held_commit
                    WHERE aggregate_identifier = NEW.aggregate_identifier;
                    RETURN NULL;
                END $$""").update();
        jdbc.sql("DROP TRIGGER IF EXISTS hold_commit ON domain_event_entry").update();
        jdbc.sql("CREATE CONSTRAINT TRIGGER hold_commit AFTER INSERT ON domain_event_entry "
                + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.hold_commit()").update();
    }

    @AfterEach
    void releaseCommits() {
        jdbc.sql("DROP TRIGGER IF EXISTS hold_commit ON domain_event_entry").update();
        jdbc.sql("DELETE FROM public.held_commit").update();
    }

    @Test
    void shouldApplyAnEventWhoseCommitWasHeldPastTheGapTimeoutWhileIndexesWereBurntAndLaterEventsCommitted()
            throws Exception {
        CompletableFuture<Long> held = submitHeld("p-held-long", BEYOND_GAP_TIMEOUT_SECONDS);
        jdbc.sql("SELECT nextval('domain_event_entry_global_index_seq') FROM generate_series(1, :n)")
                .param("n", BURNT_INDEXES).query(Long.class).list();
        long later = log.append(Instant.now(), submitted("p-after-long"));

        long heldIndex = held.get(BEYOND_GAP_TIMEOUT_SECONDS + 30, TimeUnit.SECONDS);

        assertThat(heldIndex).isLessThan(later);
        assertInEveryReadModel("p-held-long", heldIndex);
        assertInEveryReadModel("p-after-long", later);
    }

    @Test
    void shouldApplyAnEventWhoseCommitWasHeldWhileABackdatedEventCommittedAfterIt() throws Exception {
        CompletableFuture<Long> held = submitHeld("p-held-skew", 5);
        long backdated = log.append(Instant.now().minusSeconds(70), submitted("p-backdated"));

        long heldIndex = held.get(60, TimeUnit.SECONDS);

        assertThat(heldIndex).isLessThan(backdated);
        assertInEveryReadModel("p-held-skew", heldIndex);
        assertInEveryReadModel("p-backdated", backdated);
    }

    /** Submits the petition in another thread; returns once its commit is being held. */
    private CompletableFuture<Long> submitHeld(String petition, int seconds) {
        jdbc.sql("INSERT INTO public.held_commit VALUES (:id, :seconds)")
                .param("id", petition).param("seconds", seconds).update();
        CompletableFuture<Long> held = CompletableFuture.supplyAsync(() ->
                log.append(Instant.now(), submitted(petition)));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'").query(Long.class).single() > 0);
        return held;
    }

    private void assertInEveryReadModel(String petition, long index) {
        Projections.awaitProcessed(processing, index);
        String eventId = jdbc.sql("SELECT event_identifier FROM domain_event_entry WHERE global_index = :index")
                .param("index", index).query(String.class).single();
        assertThat(jdbc.sql("SELECT event_id FROM read.audit_entry WHERE global_index = :index")
                .param("index", index).query(String.class).optional()).as("audit log").contains(eventId);
        assertThat(jdbc.sql("SELECT last_global_index FROM read.petition WHERE petition_id = :id")
                .param("id", petition).query(Long.class).optional()).as("petition list").contains(index);
        assertThat(jdbc.sql("SELECT last_global_index FROM read.supervision_case WHERE case_id = :id")
                .param("id", petition).query(Long.class).optional()).as("supervision").contains(index);
        assertThat(jdbc.sql("SELECT last_global_index FROM read.audit_case WHERE case_id = :id")
                .param("id", petition).query(Long.class).optional()).as("audit cases").contains(index);
    }

    private static PetitionSubmitted submitted(String petition) {
        return new PetitionSubmitted(PetitionId.of(petition), PetitionSource.STATION_VISIT,
                RegionId.of(REGION), null, StationId.of("s-1"), PersonRef.of("person-" + petition),
                "办理顺序测试", "提交时间与入库顺序不同");
    }
}
