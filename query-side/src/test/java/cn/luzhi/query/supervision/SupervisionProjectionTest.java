package cn.luzhi.query.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.petition.PetitionWithdrawn;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.DeadlinesChanged;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ProjectionHarness;
import cn.luzhi.query.support.ReadModelDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SupervisionProjectionTest {

    private static final PetitionId PETITION = PetitionId.of("p-1");
    private static final Instant SUBMITTED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant FORWARDED = Instant.parse("2026-03-03T01:00:00Z");
    private static final Instant DUE = Instant.parse("2026-05-01T01:00:00Z");
    private static final HandlingUnitId WATER = HandlingUnitId.of("u-water");
    private static final HandlingUnitId ROADS = HandlingUnitId.of("u-roads");

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(SupervisionProjection::new);
    }

    @Test
    void shouldOpenOneDeadlinePerUnitWhenPetitionIsForwarded() {
        forwardedToWaterAndRoads();

        SupervisionDeadlineRow water = deadline("p-1/1/u-water");
        assertThat(water.caseType).isEqualTo(CaseType.PETITION);
        assertThat(water.title).isEqualTo("路灯不亮");
        assertThat(water.regionId).isEqualTo("150102001");
        assertThat(water.deputyId).isEqualTo("d-1");
        assertThat(water.assignedAt).isEqualTo(FORWARDED);
        assertThat(water.dueAt).isEqualTo(DUE);
        assertThat(water.isOpen()).isTrue();
        assertThat(water.overdue).isFalse();
        assertThat(deadline("p-1/1/u-roads").unitId).isEqualTo("u-roads");
    }

    @Test
    void shouldAnnounceEachChangeOfACasesDeadlinesForTheWaitingWork() {
        forwardedToWaterAndRoads();
        int before = harness.announced().size();

        long urged = harness.apply(FORWARDED.plusSeconds(60), new PetitionUrged(PETITION, PetitionStatus.FORWARDED,
                "请尽快答复"));

        assertThat(harness.announced().subList(before, harness.announced().size()))
                .singleElement().isInstanceOfSatisfying(DeadlinesChanged.class,
                        change -> assertThat(change.event().globalIndex()).isEqualTo(urged));
    }

    @Test
    void shouldMoveOpenDeadlinesWhenExtendedAndCountTheExtension() {
        forwardedToWaterAndRoads();
        harness.apply(FORWARDED.plusSeconds(3600), new PetitionReplied(PETITION, WATER, "已修复", false));
        Instant extended = DUE.plusSeconds(30 * 86_400L);
        harness.apply(DUE.minusSeconds(86_400), new PetitionDeadlineExtended(PETITION, DUE, extended, "雨季施工"));

        assertThat(deadline("p-1/1/u-roads").dueAt).isEqualTo(extended);
        assertThat(deadline("p-1/1/u-roads").extensions).isEqualTo(1);
        // The unit that had replied keeps the deadline it answered to.
        assertThat(deadline("p-1/1/u-water").dueAt).isEqualTo(DUE);
        assertThat(deadline("p-1/1/u-water").extensions).isZero();
    }

    @Test
    void shouldFlagOnlyUnitsThatHadNotRepliedAsOverdue() {
        forwardedToWaterAndRoads();
        harness.apply(FORWARDED.plusSeconds(3600), new PetitionReplied(PETITION, WATER, "已修复", false));
        harness.apply(DUE, new PetitionOverdue(PETITION, DUE, List.of(ROADS)));

        assertThat(deadline("p-1/1/u-roads").overdue).isTrue();
        assertThat(deadline("p-1/1/u-roads").wentOverdue).isTrue();
        assertThat(deadline("p-1/1/u-water").overdue).isFalse();
        assertThat(deadline("p-1/1/u-water").wentOverdue).isFalse();
    }

    @Test
    void shouldClearOverdueFlagOnLateReplyButRememberItWentOverdue() {
        forwardedToWaterAndRoads();
        harness.apply(DUE, new PetitionOverdue(PETITION, DUE, List.of(WATER, ROADS)));
        Instant late = DUE.plusSeconds(2 * 86_400L);
        harness.apply(late, new PetitionReplied(PETITION, ROADS, "已处理", false));

        SupervisionDeadlineRow roads = deadline("p-1/1/u-roads");
        assertThat(roads.repliedAt).isEqualTo(late);
        assertThat(roads.overdue).isFalse();
        assertThat(roads.wentOverdue).isTrue();
        assertThat(deadline("p-1/1/u-water").overdue).isTrue();
    }

    @Test
    void shouldCountReplyAfterDueTimeAsOverdueEvenBeforeTheOverdueEvent() {
        forwardedToWaterAndRoads();
        harness.apply(DUE.plusSeconds(60), new PetitionReplied(PETITION, WATER, "已修复", false));

        assertThat(deadline("p-1/1/u-water").wentOverdue).isTrue();
    }

    @Test
    void shouldOpenNewRoundDeadlinesAfterReopeningAndKeepTheAnsweredOnes() {
        repliedAndReopened(new PetitionReopened(PETITION, 2));
        Instant again = FORWARDED.plusSeconds(240);
        Instant secondDue = DUE.plusSeconds(60 * 86_400L);
        harness.apply(again, new PetitionForwarded(PETITION, List.of(ROADS), secondDue, "再次转办"));

        SupervisionDeadlineRow second = deadline("p-1/2/u-roads");
        assertThat(second.round).isEqualTo(2);
        assertThat(second.assignedAt).isEqualTo(again);
        assertThat(second.dueAt).isEqualTo(secondDue);
        assertThat(second.isOpen()).isTrue();
        assertThat(deadline("p-1/1/u-roads").repliedAt).isEqualTo(FORWARDED.plusSeconds(120));

        harness.apply(again.plusSeconds(60), new PetitionReplied(PETITION, ROADS, "已重新处理", true));
        assertThat(deadline("p-1/2/u-roads").repliedAt).isEqualTo(again.plusSeconds(60));
        assertThat(deadline("p-1/1/u-roads").repliedAt).isEqualTo(FORWARDED.plusSeconds(120));
    }

    /** The aggregate numbers a reopening from 1 (the first); the round is the lifecycle's count, 2. */
    @Test
    void shouldOpenSecondRoundDeadlinesForTheReopeningAsTheAggregateNumbersIt() {
        repliedAndReopened(new PetitionReopened(PETITION, 1));
        Instant again = FORWARDED.plusSeconds(240);
        harness.apply(again, new PetitionForwarded(PETITION, List.of(ROADS), DUE.plusSeconds(86_400L), "再次转办"));

        SupervisionDeadlineRow second = deadline("p-1/2/u-roads");
        assertThat(second.round).isEqualTo(2);
        assertThat(second.assignedAt).isEqualTo(again);
        assertThat(second.isOpen()).isTrue();
        assertThat(deadline("p-1/1/u-roads").repliedAt).isEqualTo(FORWARDED.plusSeconds(120));
    }

    @Test
    void shouldEndOpenDeadlinesWhenPetitionIsWithdrawn() {
        forwardedToWaterAndRoads();
        harness.apply(FORWARDED.plusSeconds(60), new PetitionReplied(PETITION, WATER, "已修复", false));
        harness.apply(DUE, new PetitionOverdue(PETITION, DUE, List.of(ROADS)));
        Instant withdrawn = DUE.plusSeconds(3600);
        harness.apply(withdrawn, new PetitionWithdrawn(PETITION, "已自行解决"));

        SupervisionDeadlineRow roads = deadline("p-1/1/u-roads");
        assertThat(roads.endedAt).isEqualTo(withdrawn);
        assertThat(roads.overdue).isFalse();
        assertThat(roads.isOpen()).isFalse();
        assertThat(deadline("p-1/1/u-water").endedAt).isNull();
    }

    @Test
    void shouldCountUrgesOnOpenDeadlinesOnly() {
        forwardedToWaterAndRoads();
        harness.apply(FORWARDED.plusSeconds(60), new PetitionReplied(PETITION, WATER, "已修复", false));
        harness.apply(FORWARDED.plusSeconds(120), new PetitionUrged(PETITION, PetitionStatus.FORWARDED, "请加快"));

        assertThat(deadline("p-1/1/u-roads").urgeCount).isEqualTo(1);
        assertThat(deadline("p-1/1/u-water").urgeCount).isZero();
    }

    @Test
    void shouldApplyRedeliveredEventOnlyOnce() {
        forwardedToWaterAndRoads();
        long urged = harness.apply(FORWARDED.plusSeconds(60),
                new PetitionUrged(PETITION, PetitionStatus.FORWARDED, "请加快"));
        Instant extended = DUE.plusSeconds(30 * 86_400L);
        long extension = harness.apply(FORWARDED.plusSeconds(120),
                new PetitionDeadlineExtended(PETITION, DUE, extended, "雨季施工"));

        harness.deliver(Events.tracked(urged, FORWARDED.plusSeconds(60),
                new PetitionUrged(PETITION, PetitionStatus.FORWARDED, "请加快")));
        harness.deliver(Events.tracked(extension, FORWARDED.plusSeconds(120),
                new PetitionDeadlineExtended(PETITION, DUE, extended, "雨季施工")));

        SupervisionDeadlineRow roads = deadline("p-1/1/u-roads");
        assertThat(roads.urgeCount).isEqualTo(1);
        assertThat(roads.extensions).isEqualTo(1);
        assertThat(roads.lastGlobalIndex()).isEqualTo(extension);
    }

    @Test
    void shouldGiveSuggestionsReHandlingRoundBackToItsLeadUnit() {
        SuggestionId suggestion = SuggestionId.of("g-1");
        harness.apply(SUBMITTED, new SuggestionDrafted(suggestion, SuggestionKind.SUGGESTION, DeputyId.of("d-2"),
                RegionId.of("150102002"), "加装电梯", "老旧小区", null));
        harness.apply(FORWARDED, new SuggestionAssigned(suggestion, WATER, List.of(ROADS), DUE,
                DUE.plusSeconds(90 * 86_400L), null));
        Instant replied = FORWARDED.plusSeconds(10 * 86_400L);
        harness.apply(replied, new SuggestionReplied(suggestion, WATER, HandlingResult.SOLVED_OR_ADOPTED, "已答复", 1,
                true));
        Instant reopened = replied.plusSeconds(86_400);
        Instant secondDue = reopened.plusSeconds(90 * 86_400L);
        harness.apply(reopened, new SuggestionReopened(suggestion, 2, secondDue, secondDue.plusSeconds(86_400)));

        assertThat(deadline("g-1/1/u-water").repliedAt).isEqualTo(replied);
        assertThat(deadline("g-1/1/u-water").deputyId).isEqualTo("d-2");
        SupervisionDeadlineRow second = deadline("g-1/2/u-water");
        assertThat(second.assignedAt).isEqualTo(reopened);
        assertThat(second.dueAt).isEqualTo(secondDue);
        // Co-units send opinions; only the lead unit answers to the deadline.
        assertThat(harness.read(SupervisionDeadlineRow.class, "g-1/1/u-roads")).isNull();
    }

    @Test
    void shouldFollowMediationPeriodWithTheCourtAsUnitAndTheFirstMediatorAsDeputy() {
        MediationCaseId mediation = MediationCaseId.of("m-1");
        harness.apply(SUBMITTED, new MediationCaseReferred(mediation, HandlingUnitId.of("u-court"),
                DisputeType.values()[0], RegionId.of("150102001"), List.of(new PersonRef("person-1")),
                BigDecimal.TEN, "纠纷", DUE));
        harness.apply(FORWARDED, new MediatorsAssigned(mediation, List.of(DeputyId.of("d-3"), DeputyId.of("d-4")),
                null));
        harness.apply(DUE, new MediationOverdue(mediation, DUE, List.of(DeputyId.of("d-3"))));

        SupervisionDeadlineRow row = deadline("m-1/1/u-court");
        assertThat(row.caseType).isEqualTo(CaseType.MEDIATION);
        assertThat(row.title).isEqualTo("诉前调解：" + DisputeType.values()[0].label());
        assertThat(row.deputyId).isEqualTo("d-3");
        assertThat(row.overdue).isTrue();

        Instant settled = DUE.plusSeconds(86_400);
        harness.apply(settled, new MediationCaseSettled(mediation, "达成协议", BigDecimal.ONE));
        assertThat(deadline("m-1/1/u-court").endedAt).isEqualTo(settled);
        assertThat(deadline("m-1/1/u-court").overdue).isFalse();
    }

    @Test
    void shouldEmptyItsTablesOnReset() {
        forwardedToWaterAndRoads();

        harness.reset();

        assertThat(harness.read(SupervisionCaseRow.class, "p-1")).isNull();
        assertThat(harness.read(SupervisionDeadlineRow.class, "p-1/1/u-water")).isNull();
    }

    /** A catch-up batch over old cases must not select each open deadline again after finding it. */
    @Test
    void shouldReadACasesOpenDeadlinesInOneSelect() {
        forwardedToWaterAndRoads();
        Statistics statistics = ReadModelDatabase.entityManagerFactory().unwrap(SessionFactory.class)
                .getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            harness.apply(FORWARDED.plusSeconds(60), new PetitionUrged(PETITION, PetitionStatus.FORWARDED, "请加快"));

            long updates = statistics.getEntityUpdateCount();
            assertThat(updates).as("the case and its two open deadlines").isEqualTo(3);
            assertThat(statistics.getPrepareStatementCount() - updates).as("selects: the case, its open deadlines")
                    .isEqualTo(2);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        assertThat(deadline("p-1/1/u-water").urgeCount).isEqualTo(1);
        assertThat(deadline("p-1/1/u-roads").urgeCount).isEqualTo(1);
    }

    private void forwardedToWaterAndRoads() {
        harness.apply(SUBMITTED, new PetitionSubmitted(PETITION, PetitionSource.STATION_VISIT,
                RegionId.of("150102001"), null, null, new PersonRef("person-1"), "路灯不亮", "小区路灯坏了"));
        harness.apply(SUBMITTED.plusSeconds(60), new PetitionAccepted(PETITION, DeputyId.of("d-1"), null));
        harness.apply(FORWARDED, new PetitionForwarded(PETITION, List.of(WATER, ROADS), DUE, null));
    }

    /** Both units replied, the petitioner was unsatisfied and the petition reopened by {@code reopened}. */
    private void repliedAndReopened(PetitionReopened reopened) {
        forwardedToWaterAndRoads();
        harness.apply(FORWARDED.plusSeconds(60), new PetitionReplied(PETITION, WATER, "已修复", false));
        harness.apply(FORWARDED.plusSeconds(120), new PetitionReplied(PETITION, ROADS, "已处理", true));
        harness.apply(FORWARDED.plusSeconds(180), new PetitionRated(PETITION, Satisfaction.UNSATISFIED, "没修好"));
        harness.apply(FORWARDED.plusSeconds(180), reopened);
    }

    private SupervisionDeadlineRow deadline(String id) {
        SupervisionDeadlineRow row = harness.read(SupervisionDeadlineRow.class, id);
        assertThat(row).as(id).isNotNull();
        return row;
    }
}
