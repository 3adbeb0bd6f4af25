package cn.luzhi.query.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.HotlineTicket;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionAction;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionHotlineFeedbackRecorded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionMerged;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.common.CaseChanged;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ProjectionHarness;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PetitionProjectionTest {

    private static final PetitionId PETITION = PetitionId.of("p-1");
    private static final Instant SUBMITTED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant DUE = Instant.parse("2026-05-01T01:00:00Z");
    private static final HandlingUnitId WATER = HandlingUnitId.of("u-water");
    private static final HandlingUnitId ROADS = HandlingUnitId.of("u-roads");

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(PetitionProjection::new);
    }

    @Test
    void shouldListSubmittedPetitionWithOnlyThePetitionersReference() {
        long index = harness.apply(SUBMITTED, submitted());

        PetitionRow row = harness.read(PetitionRow.class, "p-1");
        assertThat(row.status).isEqualTo(PetitionStatus.SUBMITTED);
        assertThat(row.source).isEqualTo(PetitionSource.STATION_VISIT);
        assertThat(row.regionId).isEqualTo("150102001");
        assertThat(row.stationId).isEqualTo("s-1");
        assertThat(row.petitionerRef).isEqualTo("person-1");
        assertThat(row.submittedAt).isEqualTo(SUBMITTED);
        assertThat(row.round).isEqualTo(1);
        assertThat(row.overdue).isFalse();
        assertThat(row.lastGlobalIndex()).isEqualTo(index);
    }

    @Test
    void shouldKeepTheHotlineTicketAndWhatWasFedBackToTheHotline() {
        harness.apply(SUBMITTED, new PetitionSubmitted(PETITION, PetitionSource.HOTLINE_12345,
                RegionId.of("150102001"), DeputyId.of("d-1"), null, PersonRef.of("person-1"), "污水外溢", "多次来电",
                new HotlineTicket("GD-1", LocalDate.of(2026, 2, 27), "多次转派未解决"), null));
        harness.apply(SUBMITTED.plusSeconds(60), new PetitionAccepted(PETITION, DeputyId.of("d-1"), null));
        harness.apply(SUBMITTED.plusSeconds(120), new PetitionForwarded(PETITION, List.of(WATER), DUE, null));
        assertThat(harness.read(PetitionRow.class, "p-1").awaitsHotlineFeedback).as("no result yet").isFalse();
        harness.apply(SUBMITTED.plusSeconds(180), new PetitionReplied(PETITION, WATER, "已疏通", true));
        assertThat(harness.read(PetitionRow.class, "p-1").awaitsHotlineFeedback).as("replied").isTrue();
        Instant fedBack = SUBMITTED.plusSeconds(240);
        harness.apply(fedBack, new PetitionHotlineFeedbackRecorded(PETITION, "GD-1", "已疏通，请回访",
                LocalDate.of(2026, 3, 2)));

        PetitionRow row = harness.read(PetitionRow.class, "p-1");
        assertThat(row.status).isEqualTo(PetitionStatus.REPLIED);
        assertThat(row.hotlineTicketNumber).isEqualTo("GD-1");
        assertThat(row.hotlineReceivedOn).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(row.hotlineEscalation).isEqualTo("多次转派未解决");
        assertThat(row.hotlineFeedback).isEqualTo("已疏通，请回访");
        assertThat(row.hotlineFedBackOn).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(row.hotlineFedBackAt).isEqualTo(fedBack);
        assertThat(row.hotlineFedBack).isTrue();
        assertThat(row.awaitsHotlineFeedback).isFalse();
        assertThat(PetitionLifecycle.check(row.lifecycle(), PetitionAction.HOTLINE_FEEDBACK)).isPresent();

        harness.apply(SUBMITTED.plusSeconds(300), new PetitionRated(PETITION, Satisfaction.UNSATISFIED, null));
        harness.apply(SUBMITTED.plusSeconds(300), new PetitionReopened(PETITION, 1));
        assertThat(harness.read(PetitionRow.class, "p-1").hotlineFedBack).as("a new round, a new result").isFalse();
        assertThat(harness.read(PetitionRow.class, "p-1").awaitsHotlineFeedback).as("reopened, no result").isFalse();
    }

    @Test
    void shouldFollowPetitionFromSubmissionToClosure() {
        harness.apply(SUBMITTED, submitted());
        harness.apply(SUBMITTED.plusSeconds(60), new PetitionAccepted(PETITION, DeputyId.of("d-1"), "接了"));
        harness.apply(SUBMITTED.plusSeconds(120), new PetitionForwarded(PETITION, List.of(WATER, ROADS), DUE, null));
        harness.apply(SUBMITTED.plusSeconds(180), new PetitionReplied(PETITION, WATER, "已修复", false));

        assertThat(harness.read(PetitionRow.class, "p-1").status).isEqualTo(PetitionStatus.FORWARDED);

        Instant lastReply = SUBMITTED.plusSeconds(240);
        harness.apply(lastReply, new PetitionReplied(PETITION, ROADS, "已处理", true));
        harness.apply(SUBMITTED.plusSeconds(300), new PetitionRated(PETITION, Satisfaction.SATISFIED, null));
        Instant closed = SUBMITTED.plusSeconds(360);
        harness.apply(closed, new PetitionClosed(PETITION, Satisfaction.SATISFIED, null));

        PetitionRow row = harness.read(PetitionRow.class, "p-1");
        assertThat(row.status).isEqualTo(PetitionStatus.CLOSED);
        assertThat(row.deputyId).isEqualTo("d-1");
        assertThat(row.unitIds).containsExactly("u-water", "u-roads");
        assertThat(row.replyDueAt).isEqualTo(DUE);
        assertThat(row.repliedAt).isEqualTo(lastReply);
        assertThat(row.satisfaction).isEqualTo(Satisfaction.SATISFIED);
        assertThat(row.closedAt).isEqualTo(closed);
        assertThat(row.endedAt).isEqualTo(closed);
    }

    @Test
    void shouldFlagOverduePetitionUntilItsDeadlineIsExtended() {
        harness.apply(SUBMITTED, submitted());
        harness.apply(SUBMITTED, new PetitionAccepted(PETITION, DeputyId.of("d-1"), null));
        harness.apply(SUBMITTED, new PetitionForwarded(PETITION, List.of(WATER), DUE, null));
        harness.apply(DUE, new PetitionOverdue(PETITION, DUE, List.of(WATER)));

        assertThat(harness.read(PetitionRow.class, "p-1").overdue).isTrue();

        Instant extended = DUE.plusSeconds(30 * 86_400);
        harness.apply(DUE.plusSeconds(3600), new PetitionDeadlineExtended(PETITION, DUE, extended, "雨季施工"));

        PetitionRow row = harness.read(PetitionRow.class, "p-1");
        assertThat(row.overdue).isFalse();
        assertThat(row.replyDueAt).isEqualTo(extended);
    }

    @Test
    void shouldStartNewRoundWhenPetitionerIsUnsatisfied() {
        harness.apply(SUBMITTED, submitted());
        harness.apply(SUBMITTED, new PetitionAccepted(PETITION, DeputyId.of("d-1"), null));
        harness.apply(SUBMITTED, new PetitionForwarded(PETITION, List.of(WATER), DUE, null));
        harness.apply(SUBMITTED, new PetitionReplied(PETITION, WATER, "已处理", true));
        harness.apply(SUBMITTED, new PetitionRated(PETITION, Satisfaction.UNSATISFIED, "没修好"));
        harness.apply(SUBMITTED, new PetitionReopened(PETITION, 2));

        PetitionRow row = harness.read(PetitionRow.class, "p-1");
        assertThat(row.status).isEqualTo(PetitionStatus.REOPENED);
        assertThat(row.round).isEqualTo(2);
        assertThat(row.satisfaction).isEqualTo(Satisfaction.UNSATISFIED);
    }

    @Test
    void shouldEndMergedPetitionAndClearItsOverdueFlag() {
        harness.apply(SUBMITTED, submitted());
        harness.apply(SUBMITTED, new PetitionAccepted(PETITION, DeputyId.of("d-1"), null));
        harness.apply(SUBMITTED, new PetitionForwarded(PETITION, List.of(WATER), DUE, null));
        harness.apply(DUE, new PetitionOverdue(PETITION, DUE, List.of(WATER)));
        harness.apply(DUE, new PetitionMerged(PETITION, PetitionId.of("p-0"), "重复诉求"));

        PetitionRow row = harness.read(PetitionRow.class, "p-1");
        assertThat(row.status).isEqualTo(PetitionStatus.MERGED);
        assertThat(row.mergedIntoId).isEqualTo("p-0");
        assertThat(row.overdue).isFalse();
        assertThat(row.endedAt).isEqualTo(DUE);
        assertThat(row.closedAt).isNull();
    }

    @Test
    void shouldApplyRedeliveredEventOnlyOnce() {
        harness.apply(SUBMITTED, submitted());
        long urged = harness.apply(SUBMITTED, new PetitionUrged(PETITION, PetitionStatus.SUBMITTED, "尽快受理"));
        harness.deliver(Events.tracked(urged, SUBMITTED, new PetitionUrged(PETITION, PetitionStatus.SUBMITTED,
                "尽快受理")));

        PetitionRow row = harness.read(PetitionRow.class, "p-1");
        assertThat(row.urgeCount).isEqualTo(1);
        assertThat(row.lastGlobalIndex()).isEqualTo(urged);
        assertThat(harness.announced()).hasSize(2);
    }

    @Test
    void shouldNotLetRedeliveredSubmissionUndoLaterChanges() {
        harness.apply(SUBMITTED, submitted());
        long accepted = harness.apply(SUBMITTED, new PetitionAccepted(PETITION, DeputyId.of("d-1"), null));
        harness.deliver(Events.tracked(1, SUBMITTED, submitted()));

        PetitionRow row = harness.read(PetitionRow.class, "p-1");
        assertThat(row.status).isEqualTo(PetitionStatus.ACCEPTED);
        assertThat(row.lastGlobalIndex()).isEqualTo(accepted);
    }

    @Test
    void shouldAnnounceEachChangeWithItsPositionRegionAndEventType() {
        long index = harness.apply(SUBMITTED, submitted());

        assertThat(harness.announced()).singleElement().isInstanceOfSatisfying(CaseChanged.class, change -> {
            assertThat(change.event().globalIndex()).isEqualTo(index);
            assertThat(change.event().at()).isEqualTo(SUBMITTED);
            assertThat(change.event().actorName()).isEqualTo("王芳");
            assertThat(change.event().replay()).isFalse();
            assertThat(change.caseType()).isEqualTo(CaseType.PETITION);
            assertThat(change.caseId()).isEqualTo("p-1");
            assertThat(change.regionId()).isEqualTo("150102001");
            assertThat(change.eventType()).isEqualTo(PetitionSubmitted.class);
        });
    }

    @Test
    void shouldRebuildFromEmptyTableAfterReset() {
        harness.apply(SUBMITTED, submitted());
        harness.reset();
        assertThat(harness.read(PetitionRow.class, "p-1")).isNull();

        harness.deliver(Events.replayed(1, SUBMITTED, submitted()));

        assertThat(harness.read(PetitionRow.class, "p-1").status).isEqualTo(PetitionStatus.SUBMITTED);
        assertThat(harness.announced()).last().isInstanceOfSatisfying(CaseChanged.class,
                change -> assertThat(change.event().replay()).isTrue());
    }

    private static PetitionSubmitted submitted() {
        return new PetitionSubmitted(PETITION, PetitionSource.STATION_VISIT, RegionId.of("150102001"), null,
                StationId.of("s-1"), PersonRef.of("person-1"), "路灯不亮", "小区门口路灯坏了一个月");
    }
}
