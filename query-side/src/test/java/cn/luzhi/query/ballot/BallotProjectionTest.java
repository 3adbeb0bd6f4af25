package cn.luzhi.query.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.ballot.BallotClosed;
import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.BallotLevel;
import cn.luzhi.events.ballot.BallotOpened;
import cn.luzhi.events.ballot.BallotStatus;
import cn.luzhi.events.ballot.CandidateCollected;
import cn.luzhi.events.ballot.CandidateTally;
import cn.luzhi.events.ballot.CandidatesShortlisted;
import cn.luzhi.events.ballot.DeputyCheckedIn;
import cn.luzhi.events.ballot.ProposerKind;
import cn.luzhi.events.ballot.TallyPublished;
import cn.luzhi.events.ballot.VoteCast;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.query.common.CaseChanged;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ProjectionHarness;
import cn.luzhi.query.support.ReadModelDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BallotProjectionTest {

    private static final BallotId BALLOT = BallotId.of("b-1");
    private static final Instant CREATED = Instant.parse("2026-01-05T02:00:00Z");
    private static final Instant VOTING = Instant.parse("2026-01-20T01:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-01-20T04:00:00Z");
    private static final String PAPER_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(BallotProjection::new);
    }

    @Test
    void shouldListCreatedBallotCollectingCandidates() {
        long index = harness.apply(CREATED, created());

        BallotRow row = harness.read(BallotRow.class, "b-1");
        assertThat(row.status).isEqualTo(BallotStatus.COLLECTING);
        assertThat(row.regionId).isEqualTo("150102");
        assertThat(row.year).isEqualTo(2026);
        assertThat(row.level).isEqualTo(BallotLevel.CONGRESS);
        assertThat(row.title).isEqualTo("2026年示范区民生实事项目票决");
        assertThat(row.createdAt).isEqualTo(CREATED);
        assertThat(row.candidates).isEmpty();
        assertThat(row.lastGlobalIndex()).isEqualTo(index);
    }

    @Test
    void shouldFollowBallotFromCollectionToPublishedTally() {
        collectAndOpen();
        harness.apply(VOTING, new DeputyCheckedIn(BALLOT, DeputyId.of("d-1")));
        harness.apply(VOTING, new DeputyCheckedIn(BALLOT, DeputyId.of("d-2")));
        harness.apply(VOTING, new DeputyCheckedIn(BALLOT, DeputyId.of("d-3")));
        harness.apply(VOTING, new VoteCast(BALLOT, PAPER_HASH, List.of("c-1", "c-2")));
        harness.apply(VOTING, new VoteCast(BALLOT, "hash-2", List.of("c-1")));
        Instant closed = CLOSES;
        harness.apply(closed, new BallotClosed(BALLOT, 4, 3, 2));
        Instant published = CLOSES.plusSeconds(600);
        harness.apply(published, new TallyPublished(BALLOT, List.of(new CandidateTally("c-1", 2, true),
                new CandidateTally("c-2", 1, false)), 2, 4, 3));

        BallotRow row = harness.read(BallotRow.class, "b-1");
        assertThat(row.status).isEqualTo(BallotStatus.PUBLISHED);
        assertThat(row.maxChoices).isEqualTo(2);
        assertThat(row.entitled).isEqualTo(4);
        assertThat(row.checkedIn).isEqualTo(3);
        assertThat(row.votesCast).isEqualTo(2);
        assertThat(row.closesAt).isEqualTo(CLOSES);
        assertThat(row.closedAt).isEqualTo(closed);
        assertThat(row.publishedAt).isEqualTo(published);
        assertThat(row.candidates.get("c-1").tallyRank).isEqualTo(1);
        assertThat(row.candidates.get("c-1").votes).isEqualTo(2);
        assertThat(row.candidates.get("c-1").approved).isTrue();
        assertThat(row.candidates.get("c-2").tallyRank).isEqualTo(2);
        assertThat(row.candidates.get("c-2").votes).isEqualTo(1);
        assertThat(row.candidates.get("c-2").approved).isFalse();
        assertThat(row.candidates.get("c-3").votes).isNull();
        assertThat(row.candidates.get("c-3").shortlistPosition).isNull();
        assertThat(row.candidates.get("c-3").estimatedBudget).isEqualByComparingTo("30000000.00");
    }

    @Test
    void shouldCountVotesButShowNoResultBeforeTheTallyIsPublished() {
        collectAndOpen();
        harness.apply(VOTING, new DeputyCheckedIn(BALLOT, DeputyId.of("d-1")));
        harness.apply(VOTING, new VoteCast(BALLOT, PAPER_HASH, List.of("c-1", "c-2")));
        harness.apply(CLOSES, new BallotClosed(BALLOT, 4, 1, 1));

        BallotRow row = harness.read(BallotRow.class, "b-1");
        assertThat(row.status).isEqualTo(BallotStatus.CLOSED);
        assertThat(row.checkedIn).isEqualTo(1);
        assertThat(row.votesCast).isEqualTo(1);
        assertThat(row.candidates.values()).allSatisfy(candidate -> {
            assertThat(candidate.votes).isNull();
            assertThat(candidate.approved).isNull();
            assertThat(candidate.tallyRank).isNull();
        });
    }

    @Test
    void shouldKeepNeitherPaperHashNorChoiceNorVoterInAnyBallotTable() {
        collectAndOpen();
        harness.apply(VOTING, new DeputyCheckedIn(BALLOT, DeputyId.of("d-1")));
        harness.apply(VOTING, new VoteCast(BALLOT, PAPER_HASH, List.of("c-2")));

        for (String table : List.of("read.ballot", "read.ballot_candidate")) {
            List<?> rows = ReadModelDatabase.query(entityManager -> entityManager
                    .createNativeQuery("SELECT t::text FROM " + table + " t").getResultList());
            assertThat(rows).as(table).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.toString()).doesNotContain(PAPER_HASH).doesNotContain("d-1"));
        }
        List<?> columns = ReadModelDatabase.query(entityManager -> entityManager.createNativeQuery("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = 'read' AND (column_name LIKE '%hash%' OR column_name LIKE '%paper%'
                       OR (column_name LIKE '%choice%' AND column_name <> 'max_choices'))""").getResultList());
        assertThat(columns).isEmpty();
    }

    @Test
    void shouldKeepTheRollCallOfWhoCheckedInButNothingOfWhoVoted() {
        collectAndOpen();
        harness.apply(VOTING, new DeputyCheckedIn(BALLOT, DeputyId.of("d-3")));
        harness.apply(VOTING, new VoteCast(BALLOT, PAPER_HASH, List.of("c-1")));

        BallotRow row = harness.read(BallotRow.class, "b-1");
        assertThat(row.rollCall.keySet()).containsExactlyInAnyOrder("d-1", "d-2", "d-3", "d-4");
        assertThat(row.rollCall.get("d-3").checkedIn).isTrue();
        assertThat(row.rollCall.get("d-1").checkedIn).isFalse();
        assertThat(row.rollCall.get("d-4").rollOrder).isEqualTo(4);
        List<?> rollCall = ReadModelDatabase.query(entityManager -> entityManager
                .createNativeQuery("SELECT t::text FROM read.ballot_deputy t").getResultList());
        assertThat(rollCall).hasSize(4).allSatisfy(line -> assertThat(line.toString()).doesNotContain(PAPER_HASH)
                .doesNotContain("c-1"));
        List<?> columns = ReadModelDatabase.query(entityManager -> entityManager.createNativeQuery("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = 'read' AND table_name = 'ballot_deputy'""").getResultList());
        assertThat(columns).map(Object::toString)
                .containsExactlyInAnyOrder("ballot_id", "deputy_id", "roll_order", "checked_in");
    }

    @Test
    void shouldAnnounceAVoteWithoutNamingAnyone() {
        collectAndOpen();
        long vote = harness.apply(VOTING, new VoteCast(BALLOT, PAPER_HASH, List.of("c-1")));

        assertThat(harness.announced()).last().isInstanceOfSatisfying(CaseChanged.class, change -> {
            assertThat(change.event().globalIndex()).isEqualTo(vote);
            assertThat(change.event().actorName()).isNull();
            assertThat(change.caseType()).isEqualTo(CaseType.BALLOT);
            assertThat(change.caseId()).isEqualTo("b-1");
            assertThat(change.regionId()).isEqualTo("150102");
            assertThat(change.eventType()).isEqualTo(VoteCast.class);
        });
    }

    @Test
    void shouldReplaceTheShortlistAndPutTheBallotPaperInOrder() {
        harness.apply(CREATED, created());
        collect("c-1", "老旧小区改造", "60000000.00");
        collect("c-2", "农村饮水安全提升", "40000000.00");
        collect("c-3", "城区停车场建设", "30000000.00");
        harness.apply(CREATED, new CandidatesShortlisted(BALLOT, List.of("c-1", "c-2"), null));
        harness.apply(CREATED, new CandidatesShortlisted(BALLOT, List.of("c-3", "c-2"), "停车难更紧迫"));

        BallotRow row = harness.read(BallotRow.class, "b-1");
        assertThat(row.status).isEqualTo(BallotStatus.SHORTLISTED);
        assertThat(row.shortlistReason).isEqualTo("停车难更紧迫");
        assertThat(row.candidates.get("c-1").shortlistPosition).isNull();
        assertThat(row.candidates.get("c-3").shortlistPosition).isEqualTo(1);
        assertThat(row.candidates.get("c-2").shortlistPosition).isEqualTo(2);
        assertThat(row.candidates.get("c-1").collectedOrder).isEqualTo(1);
        assertThat(row.candidates.get("c-3").collectedOrder).isEqualTo(3);
    }

    @Test
    void shouldApplyRedeliveredCheckInAndVoteOnlyOnce() {
        collectAndOpen();
        DeputyCheckedIn checkIn = new DeputyCheckedIn(BALLOT, DeputyId.of("d-1"));
        long checkedIn = harness.apply(VOTING, checkIn);
        harness.deliver(Events.tracked(checkedIn, VOTING, checkIn));
        VoteCast vote = new VoteCast(BALLOT, PAPER_HASH, List.of("c-1"));
        long voted = harness.apply(VOTING, vote);
        harness.deliver(Events.tracked(voted, VOTING, vote));
        harness.deliver(Events.tracked(checkedIn, VOTING, checkIn));

        BallotRow row = harness.read(BallotRow.class, "b-1");
        assertThat(row.checkedIn).isEqualTo(1);
        assertThat(row.votesCast).isEqualTo(1);
        assertThat(row.lastGlobalIndex()).isEqualTo(voted);
        // One announcement per event applied (the vote is the eighth), none for a redelivery.
        assertThat(harness.announced()).hasSize((int) voted);
    }

    @Test
    void shouldRebuildFromEmptyTablesAfterReset() {
        collectAndOpen();
        harness.reset();
        assertThat(harness.read(BallotRow.class, "b-1")).isNull();
        assertThat(rowsIn("read.ballot_candidate")).isZero();

        harness.deliver(Events.replayed(1, CREATED, created()));

        assertThat(harness.read(BallotRow.class, "b-1").status).isEqualTo(BallotStatus.COLLECTING);
        assertThat(harness.announced()).last().isInstanceOfSatisfying(CaseChanged.class,
                change -> assertThat(change.event().replay()).isTrue());
    }

    /** Created, three candidates collected, c-1 and c-2 shortlisted, opened for four deputies, two choices. */
    private void collectAndOpen() {
        harness.apply(CREATED, created());
        collect("c-1", "老旧小区改造", "60000000.00");
        collect("c-2", "农村饮水安全提升", "40000000.00");
        collect("c-3", "城区停车场建设", "30000000.00");
        harness.apply(CREATED.plusSeconds(86_400), new CandidatesShortlisted(BALLOT, List.of("c-1", "c-2"), null));
        harness.apply(VOTING, new BallotOpened(BALLOT, List.of("c-1", "c-2"), 2,
                List.of(DeputyId.of("d-1"), DeputyId.of("d-2"), DeputyId.of("d-3"), DeputyId.of("d-4")), CLOSES));
    }

    private void collect(String candidateId, String title, String budget) {
        harness.apply(CREATED, new CandidateCollected(BALLOT, candidateId, title, title + "的说明",
                ProposerKind.CITIZEN, new BigDecimal(budget)));
    }

    private static BallotCreated created() {
        return new BallotCreated(BALLOT, RegionId.of("150102"), 2026, BallotLevel.CONGRESS, "2026年示范区民生实事项目票决");
    }

    private static long rowsIn(String table) {
        return ReadModelDatabase.query(entityManager -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue());
    }
}
