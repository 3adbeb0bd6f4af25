package cn.luzhi.query.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.suggestion.BillHandledAsSuggestion;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionDeadlineExtended;
import cn.luzhi.events.suggestion.SuggestionDiscussedWithDeputy;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionOverdue;
import cn.luzhi.events.suggestion.SuggestionPickedForKeySupervision;
import cn.luzhi.events.suggestion.SuggestionRated;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionReturned;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.suggestion.SuggestionUpgradedToSolved;
import cn.luzhi.events.suggestion.FollowUpOutcome;
import cn.luzhi.events.suggestion.ProcuratorateOutcome;
import cn.luzhi.events.suggestion.SuggestionConvertedToProcuratorate;
import cn.luzhi.events.suggestion.SuggestionFollowedUp;
import cn.luzhi.events.suggestion.SuggestionProcuratorateOutcomeRecorded;
import cn.luzhi.events.suggestion.SuggestionUrged;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.common.CaseChanged;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ProjectionHarness;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuggestionProjectionTest {

    private static final SuggestionId SUGGESTION = SuggestionId.of("g-1");
    private static final Instant DRAFTED = Instant.parse("2026-01-10T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-04-10T02:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-07-10T02:00:00Z");
    private static final HandlingUnitId WATER = HandlingUnitId.of("u-water");
    private static final HandlingUnitId ROADS = HandlingUnitId.of("u-roads");

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(SuggestionProjection::new);
    }

    @Test
    void shouldFollowSuggestionFromDraftToClosure() {
        assign();
        Instant replied = DRAFTED.plusSeconds(86_400 * 30L);
        harness.apply(replied, new SuggestionReplied(SUGGESTION, WATER, HandlingResult.SOLVED_OR_ADOPTED, "已采纳", 1,
                true));
        harness.apply(replied, new SuggestionRated(SUGGESTION, Satisfaction.SATISFIED, 1, null));
        Instant closed = replied.plusSeconds(86_400);
        harness.apply(closed, new SuggestionClosed(SUGGESTION, HandlingResult.SOLVED_OR_ADOPTED,
                Satisfaction.SATISFIED, null));

        SuggestionRow row = harness.read(SuggestionRow.class, "g-1");
        assertThat(row.status).isEqualTo(SuggestionStatus.CLOSED);
        assertThat(row.leadDeputyId).isEqualTo("d-1");
        assertThat(row.coSignerIds).containsExactly("d-2");
        assertThat(row.deputyCount).isEqualTo(2);
        assertThat(row.sessionPeriod).isEqualTo(SessionPeriod.DURING_SESSION);
        assertThat(row.leadUnitId).isEqualTo("u-water");
        assertThat(row.unitIds).containsExactly("u-water", "u-roads");
        assertThat(row.submittedAt).isEqualTo(DRAFTED);
        assertThat(row.replyDueAt).isEqualTo(DUE);
        assertThat(row.firstRepliedAt).isEqualTo(replied);
        assertThat(row.firstReplyOnTime).isTrue();
        assertThat(row.result).isEqualTo(HandlingResult.SOLVED_OR_ADOPTED);
        assertThat(row.satisfaction).isEqualTo(Satisfaction.SATISFIED);
        assertThat(row.closedAt).isEqualTo(closed);
    }

    @Test
    void shouldKeepTheFirstReplyForTheOnTimeRateAndTheLastReplysClass() {
        assign();
        Instant first = DUE.plusSeconds(86_400);
        harness.apply(first, new SuggestionReplied(SUGGESTION, WATER, HandlingResult.KEPT_FOR_REFERENCE, "暂不具备",
                1, false));
        harness.apply(first, new SuggestionRated(SUGGESTION, Satisfaction.UNSATISFIED, 1, "不满意"));
        harness.apply(first, new SuggestionReopened(SUGGESTION, 2, LATEST, LATEST.plusSeconds(86_400 * 90L)));

        SuggestionRow rehandling = harness.read(SuggestionRow.class, "g-1");
        assertThat(rehandling.status).isEqualTo(SuggestionStatus.REHANDLING);
        assertThat(rehandling.round).isEqualTo(2);
        assertThat(rehandling.replyDueAt).isEqualTo(LATEST);

        Instant second = first.plusSeconds(86_400 * 20L);
        harness.apply(second, new SuggestionReplied(SUGGESTION, WATER, HandlingResult.BEING_SOLVED_OR_PLANNED,
                "列入计划", 2, true));

        SuggestionRow row = harness.read(SuggestionRow.class, "g-1");
        assertThat(row.firstRepliedAt).isEqualTo(first);
        assertThat(row.firstReplyOnTime).isFalse();
        assertThat(row.lastRepliedAt).isEqualTo(second);
        assertThat(row.result).isEqualTo(HandlingResult.BEING_SOLVED_OR_PLANNED);
    }

    @Test
    void shouldKeepFollowUpsByYearAndTheRepliedClassWhenOneFindsItSolved() {
        assign();
        Instant replied = DUE.minusSeconds(86_400);
        harness.apply(replied, new SuggestionReplied(SUGGESTION, WATER, HandlingResult.BEING_SOLVED_OR_PLANNED,
                "列入计划", 1, true));
        Instant inProgress = replied.plusSeconds(86_400 * 300L);
        harness.apply(inProgress, new SuggestionFollowedUp(SUGGESTION, 2027, "正在施工",
                FollowUpOutcome.STILL_IN_PROGRESS));
        // A revision 1 follow-up named no outcome: its solve is told by the event that follows it.
        Instant solved = inProgress.plusSeconds(86_400 * 365L);
        harness.apply(solved, new SuggestionFollowedUp(SUGGESTION, 2028, "已通车", null));
        harness.apply(solved, new SuggestionUpgradedToSolved(SUGGESTION, 2028));

        SuggestionRow row = harness.read(SuggestionRow.class, "g-1");
        assertThat(row.result).isEqualTo(HandlingResult.BEING_SOLVED_OR_PLANNED);
        assertThat(row.solvedYear).isEqualTo(2028);
        assertThat(row.followUps).extracting(entry -> entry.year, entry -> entry.outcome, entry -> entry.recordedAt)
                .containsExactly(tuple(2027, FollowUpOutcome.STILL_IN_PROGRESS, inProgress),
                        tuple(2028, FollowUpOutcome.SOLVED, solved));
    }

    @Test
    void shouldRecordTheConversionToTheProcuratorateAndItsOutcome() {
        assign();
        HandlingUnitId procuratorate = HandlingUnitId.of("u-proc");
        Instant converted = DUE.minusSeconds(86_400 * 10L);
        harness.apply(converted, new SuggestionConvertedToProcuratorate(SUGGESTION, procuratorate, "涉及公益"));
        harness.apply(converted.plusSeconds(86_400), new SuggestionProcuratorateOutcomeRecorded(SUGGESTION,
                procuratorate, ProcuratorateOutcome.SUGGESTION_ISSUED, "新检公益建〔2026〕3号",
                LocalDate.of(2026, 4, 1), null));

        SuggestionRow row = harness.read(SuggestionRow.class, "g-1");
        assertThat(row.procuratorateId).isEqualTo("u-proc");
        assertThat(row.convertedToProcuratorateAt).isEqualTo(converted);
        assertThat(row.procuratorateOutcome).isEqualTo(ProcuratorateOutcome.SUGGESTION_ISSUED);
        assertThat(row.procuratorateOutcomeReference).isEqualTo("新检公益建〔2026〕3号");
        assertThat(row.procuratorateDecidedOn).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void shouldFlagOverdueSuggestionUntilItsDeadlineIsExtended() {
        assign();
        harness.apply(DUE, new SuggestionOverdue(SUGGESTION, DUE, WATER));
        assertThat(harness.read(SuggestionRow.class, "g-1").overdue).isTrue();

        harness.apply(DUE, new SuggestionDeadlineExtended(SUGGESTION, DUE, LATEST, "需要调研"));

        SuggestionRow row = harness.read(SuggestionRow.class, "g-1");
        assertThat(row.overdue).isFalse();
        assertThat(row.replyDueAt).isEqualTo(LATEST);
    }

    @Test
    void shouldRecordKeySupervisionAndUrges() {
        assign();
        harness.apply(DRAFTED, new SuggestionPickedForKeySupervision(SUGGESTION, "王书记", "区委书记", null));
        harness.apply(DRAFTED, new SuggestionUrged(SUGGESTION, SuggestionStatus.ASSIGNED, "请加快"));

        SuggestionRow row = harness.read(SuggestionRow.class, "g-1");
        assertThat(row.keySupervision).isTrue();
        assertThat(row.urgeCount).isEqualTo(1);
    }

    @Test
    void shouldEndReturnedSuggestion() {
        draftAndSubmit();
        harness.apply(DRAFTED, new SuggestionReturned(SUGGESTION, "不属于本级职权"));

        SuggestionRow row = harness.read(SuggestionRow.class, "g-1");
        assertThat(row.status).isEqualTo(SuggestionStatus.RETURNED);
        assertThat(row.endedAt).isEqualTo(DRAFTED);
    }

    @Test
    void shouldTurnBillHandledAsSuggestionIntoAcceptedSuggestion() {
        harness.apply(DRAFTED, new SuggestionDrafted(SUGGESTION, SuggestionKind.BILL, DeputyId.of("d-1"),
                RegionId.of("150102001"), "关于制定条例的议案", "内容", null));
        harness.apply(DRAFTED, new SuggestionSubmitted(SUGGESTION, SessionPeriod.DURING_SESSION, 10));
        harness.apply(DRAFTED, new BillHandledAsSuggestion(SUGGESTION, "未列入议程"));

        SuggestionRow row = harness.read(SuggestionRow.class, "g-1");
        assertThat(row.kind).isEqualTo(SuggestionKind.SUGGESTION);
        assertThat(row.status).isEqualTo(SuggestionStatus.ACCEPTED);
    }

    @Test
    void shouldApplyRedeliveredEventOnlyOnce() {
        assign();
        long urged = harness.apply(DRAFTED, new SuggestionUrged(SUGGESTION, SuggestionStatus.ASSIGNED, "请加快"));
        int announced = harness.announced().size();
        harness.deliver(Events.tracked(urged, DRAFTED, new SuggestionUrged(SUGGESTION, SuggestionStatus.ASSIGNED,
                "请加快")));

        assertThat(harness.read(SuggestionRow.class, "g-1").urgeCount).isEqualTo(1);
        assertThat(harness.announced()).hasSize(announced);
    }

    @Test
    void shouldAnnounceStepsThatChangeNoFigureForTheTicker() {
        assign();
        long discussed = harness.apply(DRAFTED, new SuggestionDiscussedWithDeputy(SUGGESTION, WATER, "上门沟通"));

        assertThat(harness.read(SuggestionRow.class, "g-1").lastGlobalIndex()).isEqualTo(discussed);
        assertThat(harness.announced()).last().isInstanceOfSatisfying(CaseChanged.class,
                change -> assertThat(change.eventType()).isEqualTo(SuggestionDiscussedWithDeputy.class));
    }

    private void draftAndSubmit() {
        harness.apply(DRAFTED, new SuggestionDrafted(SUGGESTION, SuggestionKind.SUGGESTION, DeputyId.of("d-1"),
                RegionId.of("150102001"), "关于修缮道路的建议", "内容", null));
        harness.apply(DRAFTED, new SuggestionCoSigned(SUGGESTION, DeputyId.of("d-2")));
        harness.apply(DRAFTED, new SuggestionSubmitted(SUGGESTION, SessionPeriod.DURING_SESSION, 2));
    }

    private void assign() {
        draftAndSubmit();
        harness.apply(DRAFTED, new SuggestionAccepted(SUGGESTION, null));
        harness.apply(DRAFTED, new SuggestionAssigned(SUGGESTION, WATER, List.of(ROADS), DUE, LATEST, null));
    }
}
