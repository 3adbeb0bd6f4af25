package cn.luzhi.command.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.suggestion.AcceptSuggestion;
import cn.luzhi.events.suggestion.AssignSuggestion;
import cn.luzhi.events.suggestion.BillHandledAsSuggestion;
import cn.luzhi.events.suggestion.CloseSuggestion;
import cn.luzhi.events.suggestion.CoSignSuggestion;
import cn.luzhi.events.suggestion.ConvertSuggestionToProcuratorate;
import cn.luzhi.events.suggestion.DiscussSuggestionWithDeputy;
import cn.luzhi.events.suggestion.DraftSuggestion;
import cn.luzhi.events.suggestion.ExtendSuggestionDeadline;
import cn.luzhi.events.suggestion.FollowUpSuggestion;
import cn.luzhi.events.suggestion.SuggestionProcuratorateOutcomeRecorded;
import cn.luzhi.events.suggestion.RecordProcuratorateOutcome;
import cn.luzhi.events.suggestion.ProcuratorateOutcome;
import cn.luzhi.events.suggestion.FollowUpOutcome;
import cn.luzhi.events.suggestion.HandleBillAsSuggestion;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.MergeSuggestion;
import cn.luzhi.events.suggestion.PickSuggestionForKeySupervision;
import cn.luzhi.events.suggestion.RateSuggestion;
import cn.luzhi.events.suggestion.ReplyToSuggestion;
import cn.luzhi.events.suggestion.ReturnSuggestion;
import cn.luzhi.events.suggestion.SendSuggestionOpinion;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SubmitSuggestion;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionConvertedToProcuratorate;
import cn.luzhi.events.suggestion.SuggestionDeadlineExtended;
import cn.luzhi.events.suggestion.SuggestionDiscussedWithDeputy;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionFollowedUp;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionMerged;
import cn.luzhi.events.suggestion.SuggestionOpinionSent;
import cn.luzhi.events.suggestion.SuggestionOverdue;
import cn.luzhi.events.suggestion.SuggestionPickedForKeySupervision;
import cn.luzhi.events.suggestion.SuggestionRated;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionReturned;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.suggestion.SuggestionUpgradedToSolved;
import cn.luzhi.events.suggestion.SuggestionUrged;
import cn.luzhi.events.suggestion.UrgeSuggestion;
import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    private static final SuggestionId ID = new SuggestionId("sg-1");
    private static final SuggestionId OTHER = new SuggestionId("sg-2");
    private static final DeputyId LEAD = new DeputyId("d-lead");
    private static final DeputyId COSIGNER = new DeputyId("d-2");
    private static final RegionId REGION = new RegionId("150102001");
    private static final HandlingUnitId LEAD_UNIT = new HandlingUnitId("u-transport");
    private static final HandlingUnitId CO_UNIT = new HandlingUnitId("u-finance");
    private static final HandlingUnitId STRANGER = new HandlingUnitId("u-other");
    private static final HandlingUnitId PROCURATORATE = new HandlingUnitId("u-procuratorate");
    private static final String TITLE = "关于增设公交线路的建议";
    private static final String CONTENT = "新建小区距公交站两公里，建议增设公交线路";
    private static final String PROCURATORATE_REF = "新检行公建〔2025〕3号";
    /** Reply deadlines far ahead of the fixture's clock, for histories given as events. */
    private static final Instant DUE = Instant.parse("2099-03-31T16:00:00Z");
    private static final Instant LATEST = Instant.parse("2099-06-30T16:00:00Z");
    private static final Instant REPLIED_IN_2025 = Instant.parse("2025-06-10T02:00:00Z");
    private static final Instant IN_2026 = Instant.parse("2026-04-01T02:00:00Z");
    private static final Instant IN_2027 = Instant.parse("2027-04-01T02:00:00Z");

    private final DeadlinePolicy policy = DeadlinePolicy.defaults();
    private FixtureConfiguration<Suggestion> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Suggestion.class);
        fixture.registerInjectableResource(policy);
    }

    private static SuggestionDrafted draftedEvent(SuggestionKind kind, String procuratorateReference) {
        return new SuggestionDrafted(ID, kind, LEAD, REGION, TITLE, CONTENT, procuratorateReference);
    }

    private static List<Object> plus(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(Arrays.asList(more));
        return events;
    }

    private static List<Object> drafted() {
        return List.of(draftedEvent(SuggestionKind.SUGGESTION, null));
    }

    private static List<Object> submitted() {
        return plus(drafted(), new SuggestionSubmitted(ID, SessionPeriod.RECESS, 1));
    }

    private static List<Object> accepted() {
        return plus(submitted(), new SuggestionAccepted(ID, null));
    }

    private static List<Object> assigned() {
        return plus(accepted(), new SuggestionAssigned(ID, LEAD_UNIT, List.of(CO_UNIT), DUE, LATEST, null));
    }

    private static List<Object> replied(HandlingResult result) {
        return plus(assigned(), new SuggestionReplied(ID, LEAD_UNIT, result, "已答复", 1, true));
    }

    private static List<Object> closed(HandlingResult result) {
        return plus(replied(result), new SuggestionClosed(ID, result, null, null));
    }

    /** A draft bill signed by the lead deputy and {@code coSigners} others. */
    private static List<Object> draftedBill(int coSigners) {
        List<Object> events = new ArrayList<>();
        events.add(draftedEvent(SuggestionKind.BILL, null));
        IntStream.rangeClosed(1, coSigners)
                .forEach(n -> events.add(new SuggestionCoSigned(ID, new DeputyId("d-co-" + n))));
        return events;
    }

    private static List<Object> submittedBill() {
        return plus(draftedBill(Suggestion.BILL_MIN_DEPUTIES - 1),
                new SuggestionSubmitted(ID, SessionPeriod.DURING_SESSION, Suggestion.BILL_MIN_DEPUTIES));
    }

    /** Histories whose suggestion was accepted but then re-handled after an unsatisfied rating. */
    private static List<Object> rehandling() {
        return plus(replied(HandlingResult.KEPT_FOR_REFERENCE),
                new SuggestionRated(ID, Satisfaction.UNSATISFIED, 1, null),
                new SuggestionReopened(ID, 2, DUE, LATEST));
    }

    private static List<Object> repliedAgain(HandlingResult result) {
        return plus(rehandling(), new SuggestionReplied(ID, LEAD_UNIT, result, "再次答复", 2, true));
    }

    // --- drafting and co-signing

    @Test
    void shouldDraftSuggestionInItsRegion() {
        fixture.givenNoPriorActivity()
                .when(new DraftSuggestion(ID, SuggestionKind.SUGGESTION, LEAD, REGION, TITLE, CONTENT, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(draftedEvent(SuggestionKind.SUGGESTION, null));
    }

    @Test
    void shouldDraftSuggestionConvertedFromProcuratorateWithItsReferenceNumber() {
        fixture.givenNoPriorActivity()
                .when(new DraftSuggestion(ID, SuggestionKind.SUGGESTION, LEAD, REGION, TITLE, CONTENT,
                        PROCURATORATE_REF))
                .expectEvents(draftedEvent(SuggestionKind.SUGGESTION, PROCURATORATE_REF));
    }

    @Test
    void shouldCoSignDraft() {
        fixture.given(drafted())
                .when(new CoSignSuggestion(ID, COSIGNER, null))
                .expectEvents(new SuggestionCoSigned(ID, COSIGNER));
    }

    @Test
    void shouldRefuseCoSigningByTheLeadDeputy() {
        fixture.given(drafted())
                .when(new CoSignSuggestion(ID, LEAD, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「d-lead」是领衔代表，不能再联名")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseCoSigningTwice() {
        fixture.given(plus(drafted(), new SuggestionCoSigned(ID, COSIGNER)))
                .when(new CoSignSuggestion(ID, COSIGNER, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「d-2」已联名，不能重复联名")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseCoSigningAfterSubmission() {
        fixture.given(submitted())
                .when(new CoSignSuggestion(ID, COSIGNER, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「待审查」，不能联名")
                .expectNoEvents();
    }

    // --- submission

    @Test
    void shouldSubmitSuggestionInRecessCountingTheDeputies() {
        fixture.given(plus(drafted(), new SuggestionCoSigned(ID, COSIGNER)))
                .when(new SubmitSuggestion(ID, SessionPeriod.RECESS, null))
                .expectEvents(new SuggestionSubmitted(ID, SessionPeriod.RECESS, 2));
    }

    @Test
    void shouldSubmitBillSignedByTenDeputiesDuringSession() {
        fixture.given(draftedBill(Suggestion.BILL_MIN_DEPUTIES - 1))
                .when(new SubmitSuggestion(ID, SessionPeriod.DURING_SESSION, null))
                .expectEvents(new SuggestionSubmitted(ID, SessionPeriod.DURING_SESSION, 10));
    }

    @Test
    void shouldRefuseBillSignedByFewerThanTenDeputies() {
        fixture.given(draftedBill(Suggestion.BILL_MIN_DEPUTIES - 2))
                .when(new SubmitSuggestion(ID, SessionPeriod.DURING_SESSION, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("议案须由代表10人以上联名提出，目前联名代表共9人，不能提交")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseBillInRecess() {
        fixture.given(draftedBill(Suggestion.BILL_MIN_DEPUTIES - 1))
                .when(new SubmitSuggestion(ID, SessionPeriod.RECESS, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("议案只能在大会期间提出，闭会期间请作为建议提出")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToSubmitTwice() {
        fixture.given(submitted())
                .when(new SubmitSuggestion(ID, SessionPeriod.RECESS, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「待审查」，不能提交");
    }

    // --- review

    @Test
    void shouldAcceptSubmittedSuggestion() {
        fixture.given(submitted())
                .when(new AcceptSuggestion(ID, "符合立案条件", null))
                .expectEvents(new SuggestionAccepted(ID, "符合立案条件"));
    }

    @Test
    void shouldRefuseToAcceptDraft() {
        fixture.given(drafted())
                .when(new AcceptSuggestion(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「草拟中」，不能立案");
    }

    @Test
    void shouldReturnSubmittedSuggestionWithExplanation() {
        fixture.given(submitted())
                .when(new ReturnSuggestion(ID, "内容属于司法案件，不作为代表建议处理", null))
                .expectEvents(new SuggestionReturned(ID, "内容属于司法案件，不作为代表建议处理"));
    }

    @Test
    void shouldRefuseToReturnAcceptedSuggestion() {
        fixture.given(accepted())
                .when(new ReturnSuggestion(ID, "退回", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「已立案」，不能退回");
    }

    @Test
    void shouldMergeSubmittedSuggestionIntoAnother() {
        fixture.given(submitted())
                .when(new MergeSuggestion(ID, OTHER, "同为公交线路问题", null))
                .expectEvents(new SuggestionMerged(ID, OTHER, "同为公交线路问题"));
    }

    @Test
    void shouldRefuseToMergeIntoItself() {
        fixture.given(submitted())
                .when(new MergeSuggestion(ID, ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("不能把建议并入它自己")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToMergeAcceptedSuggestion() {
        fixture.given(accepted())
                .when(new MergeSuggestion(ID, OTHER, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「已立案」，不能并案");
    }

    @Test
    void shouldTreatMergedSuggestionAsTerminal() {
        fixture.given(plus(submitted(), new SuggestionMerged(ID, OTHER, null)))
                .when(new UrgeSuggestion(ID, "请尽快办理", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「已并案」，不能督办");
    }

    @Test
    void shouldHandleBillAsSuggestionAndThenSpeakOfItAsSuggestion() {
        fixture.given(submittedBill())
                .when(new HandleBillAsSuggestion(ID, "不属于本级人大职权范围", null))
                .expectEvents(new BillHandledAsSuggestion(ID, "不属于本级人大职权范围"));

        fixture.given(plus(submittedBill(), new BillHandledAsSuggestion(ID, "不列入议程")))
                .when(new AcceptSuggestion(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「已立案」，不能立案");
    }

    @Test
    void shouldRefuseToHandleSuggestionAsSuggestion() {
        fixture.given(submitted())
                .when(new HandleBillAsSuggestion(ID, "不列入议程", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本件是建议，只有议案才能转为建议处理")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToHandleBillAsSuggestionBeforeSubmission() {
        fixture.given(draftedBill(Suggestion.BILL_MIN_DEPUTIES - 1))
                .when(new HandleBillAsSuggestion(ID, "不列入议程", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("议案当前状态为「草拟中」，不能转为建议处理");
    }

    // --- assignment and deadlines

    @Test
    void shouldAssignWithStatutoryDeadlineAndScheduleIt() {
        TestExecutor<Suggestion> given = fixture.given(accepted());
        Instant now = given.currentTime();
        given.when(new AssignSuggestion(ID, LEAD_UNIT, List.of(CO_UNIT, CO_UNIT), "请认真办理", null))
                .expectEvents(new SuggestionAssigned(ID, LEAD_UNIT, List.of(CO_UNIT),
                        now.plus(policy.suggestionReply()), now.plus(policy.suggestionMaxReply()), "请认真办理"))
                .expectScheduledDeadlineWithName(policy.suggestionReply(), Suggestion.REPLY_DUE);
    }

    @Test
    void shouldAssignToLeadUnitAloneWhenNoCoUnitsAreGiven() {
        TestExecutor<Suggestion> given = fixture.given(accepted());
        Instant now = given.currentTime();
        given.when(new AssignSuggestion(ID, LEAD_UNIT, null, null, null))
                .expectEvents(new SuggestionAssigned(ID, LEAD_UNIT, List.of(),
                        now.plus(policy.suggestionReply()), now.plus(policy.suggestionMaxReply()), null));
    }

    @Test
    void shouldRefuseLeadUnitAlsoAsCoUnit() {
        fixture.given(accepted())
                .when(new AssignSuggestion(ID, LEAD_UNIT, List.of(CO_UNIT, LEAD_UNIT), null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("主办单位「u-transport」不能同时作为协办单位")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToAssignReturnedSuggestion() {
        fixture.given(plus(submitted(), new SuggestionReturned(ID, "不符合要求")))
                .when(new AssignSuggestion(ID, LEAD_UNIT, List.of(), null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「已退回」，不能交办");
    }

    @Test
    void shouldRaiseOverdueWhenLeadUnitHasNotRepliedInTime() {
        TestExecutor<Suggestion> given = fixture.given(accepted())
                .andGivenCommands(new AssignSuggestion(ID, LEAD_UNIT, List.of(CO_UNIT), null, null));
        Instant due = given.currentTime().plus(policy.suggestionReply());
        given.whenThenTimeElapses(policy.suggestionReply().plusSeconds(1))
                .expectDeadlinesMet(new Suggestion.ReplyDue(1, due))
                .expectEvents(new SuggestionOverdue(ID, due, LEAD_UNIT));
    }

    @Test
    void shouldNotRaiseOverdueWhenLeadUnitRepliedInTime() {
        fixture.given(accepted())
                .andGivenCommands(new AssignSuggestion(ID, LEAD_UNIT, List.of(CO_UNIT), null, null),
                        new ReplyToSuggestion(ID, LEAD_UNIT, HandlingResult.SOLVED_OR_ADOPTED, "已开通线路", null))
                .whenThenTimeElapses(policy.suggestionReply().plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void shouldExtendDeadlineWithinLongestPeriodAndScheduleIt() {
        Instant extended = DUE.plus(policy.suggestionReply());
        fixture.given(assigned())
                .when(new ExtendSuggestionDeadline(ID, extended, "需列入明年预算", null))
                .expectEvents(new SuggestionDeadlineExtended(ID, DUE, extended, "需列入明年预算"))
                .expectScheduledDeadlineWithName(extended, Suggestion.REPLY_DUE);
    }

    @Test
    void shouldExtendUpToTheLongestPeriodExactly() {
        fixture.given(assigned())
                .when(new ExtendSuggestionDeadline(ID, LATEST, "需协调多个部门", null))
                .expectEvents(new SuggestionDeadlineExtended(ID, DUE, LATEST, "需协调多个部门"));
    }

    @Test
    void shouldIgnoreTheDeadlineSupersededByAnExtension() {
        TestExecutor<Suggestion> given = fixture.given(accepted())
                .andGivenCommands(new AssignSuggestion(ID, LEAD_UNIT, List.of(), null, null));
        Instant extended = given.currentTime().plus(policy.suggestionMaxReply());
        given.andGivenCommands(new ExtendSuggestionDeadline(ID, extended, "需协调资金", null))
                .whenThenTimeElapses(policy.suggestionReply().plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseExtensionBeyondTheLongestPeriod() {
        fixture.given(assigned())
                .when(new ExtendSuggestionDeadline(ID, LATEST.plusSeconds(60), "再延", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("答复期限最迟只能延至2099年7月1日00:00（最长办理期限）")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseExtensionThatDoesNotMoveTheDeadlineLater() {
        fixture.given(assigned())
                .when(new ExtendSuggestionDeadline(ID, DUE, "延期", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("新的答复期限须晚于现有期限2099年4月1日00:00")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseExtensionAfterReply() {
        fixture.given(replied(HandlingResult.SOLVED_OR_ADOPTED))
                .when(new ExtendSuggestionDeadline(ID, LATEST, "延期", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「已答复」，不能延期");
    }

    // --- handling by the units

    @Test
    void shouldRecordMeetingsOfLeadUnitAndCoUnitWithTheDeputy() {
        fixture.given(assigned())
                .when(new DiscussSuggestionWithDeputy(ID, LEAD_UNIT, "到现场察看站点选址", null))
                .expectEvents(new SuggestionDiscussedWithDeputy(ID, LEAD_UNIT, "到现场察看站点选址"));

        fixture.given(assigned())
                .when(new DiscussSuggestionWithDeputy(ID, CO_UNIT, "说明资金安排", null))
                .expectEvents(new SuggestionDiscussedWithDeputy(ID, CO_UNIT, "说明资金安排"));
    }

    @Test
    void shouldRefuseMeetingByUnitNotAssigned() {
        fixture.given(assigned())
                .when(new DiscussSuggestionWithDeputy(ID, STRANGER, "沟通", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("承办单位「u-other」未承办该建议，不能见面沟通")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseMeetingBeforeAssignment() {
        fixture.given(accepted())
                .when(new DiscussSuggestionWithDeputy(ID, LEAD_UNIT, "沟通", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「已立案」，不能见面沟通");
    }

    @Test
    void shouldSendCoUnitOpinionToTheLeadUnit() {
        fixture.given(assigned())
                .when(new SendSuggestionOpinion(ID, CO_UNIT, "同意安排线路补贴", null))
                .expectEvents(new SuggestionOpinionSent(ID, CO_UNIT, LEAD_UNIT, "同意安排线路补贴"));
    }

    @Test
    void shouldRefuseOpinionFromTheLeadUnit() {
        fixture.given(assigned())
                .when(new SendSuggestionOpinion(ID, LEAD_UNIT, "意见", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("「u-transport」是主办单位，协办意见只能由协办单位提出")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseOpinionFromUnitNotAssigned() {
        fixture.given(assigned())
                .when(new SendSuggestionOpinion(ID, STRANGER, "意见", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("承办单位「u-other」未承办该建议，不能提出协办意见");
    }

    @Test
    void shouldRefuseOpinionAfterReply() {
        fixture.given(replied(HandlingResult.SOLVED_OR_ADOPTED))
                .when(new SendSuggestionOpinion(ID, CO_UNIT, "意见", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「已答复」，不能提出协办意见");
    }

    @Test
    void shouldRecordLeadUnitReplyOnTimeWithItsClass() {
        fixture.given(assigned())
                .when(new ReplyToSuggestion(ID, LEAD_UNIT, HandlingResult.BEING_SOLVED_OR_PLANNED, "已列入明年计划",
                        null))
                .expectEvents(new SuggestionReplied(ID, LEAD_UNIT, HandlingResult.BEING_SOLVED_OR_PLANNED,
                        "已列入明年计划", 1, true));
    }

    @Test
    void shouldMarkReplyAfterTheDeadlineAsLate() {
        Instant longAgo = Instant.parse("2000-01-01T00:00:00Z");
        fixture.given(plus(accepted(), new SuggestionAssigned(ID, LEAD_UNIT, List.of(), longAgo, longAgo, null)))
                .when(new ReplyToSuggestion(ID, LEAD_UNIT, HandlingResult.SOLVED_OR_ADOPTED, "已解决", null))
                .expectEvents(new SuggestionReplied(ID, LEAD_UNIT, HandlingResult.SOLVED_OR_ADOPTED, "已解决", 1,
                        false));
    }

    @Test
    void shouldRefuseReplyFromCoUnit() {
        fixture.given(assigned())
                .when(new ReplyToSuggestion(ID, CO_UNIT, HandlingResult.SOLVED_OR_ADOPTED, "答复", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("「u-finance」是协办单位，只有主办单位「u-transport」才能答复并确定办理结果")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseReplyFromUnitNotAssigned() {
        fixture.given(assigned())
                .when(new ReplyToSuggestion(ID, STRANGER, HandlingResult.SOLVED_OR_ADOPTED, "答复", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("承办单位「u-other」未承办该建议，不能答复");
    }

    @Test
    void shouldRefuseSecondReplyInTheSameRound() {
        fixture.given(replied(HandlingResult.SOLVED_OR_ADOPTED))
                .when(new ReplyToSuggestion(ID, LEAD_UNIT, HandlingResult.SOLVED_OR_ADOPTED, "补充答复", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「已答复」，不能答复");
    }

    // --- rating, re-handling and closing

    @Test
    void shouldRateReplyAsSatisfied() {
        fixture.given(replied(HandlingResult.SOLVED_OR_ADOPTED))
                .when(new RateSuggestion(ID, Satisfaction.SATISFIED, "线路已开通", null))
                .expectEvents(new SuggestionRated(ID, Satisfaction.SATISFIED, 1, "线路已开通"));
    }

    @Test
    void shouldRefuseRatingBeforeAReply() {
        fixture.given(assigned())
                .when(new RateSuggestion(ID, Satisfaction.SATISFIED, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「办理中」，不能评价")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseRatingTwice() {
        fixture.given(plus(replied(HandlingResult.SOLVED_OR_ADOPTED),
                        new SuggestionRated(ID, Satisfaction.SATISFIED, 1, null)))
                .when(new RateSuggestion(ID, Satisfaction.UNSATISFIED, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「已评价」，不能评价");
    }

    @Test
    void shouldReopenOnFirstUnsatisfiedRatingWithNewDeadline() {
        TestExecutor<Suggestion> given = fixture.given(replied(HandlingResult.KEPT_FOR_REFERENCE));
        Instant now = given.currentTime();
        given.when(new RateSuggestion(ID, Satisfaction.UNSATISFIED, "理由不充分", null))
                .expectEvents(new SuggestionRated(ID, Satisfaction.UNSATISFIED, 1, "理由不充分"),
                        new SuggestionReopened(ID, 2, now.plus(policy.suggestionReply()),
                                now.plus(policy.suggestionMaxReply())))
                .expectScheduledDeadlineWithName(policy.suggestionReply(), Suggestion.REPLY_DUE);
    }

    @Test
    void shouldLetTheUnitsReplyAgainWhileRehandling() {
        fixture.given(rehandling())
                .when(new ReplyToSuggestion(ID, LEAD_UNIT, HandlingResult.BEING_SOLVED_OR_PLANNED, "已列入计划", null))
                .expectEvents(new SuggestionReplied(ID, LEAD_UNIT, HandlingResult.BEING_SOLVED_OR_PLANNED,
                        "已列入计划", 2, true));
    }

    @Test
    void shouldRaiseOverdueWhenRehandlingIsNotRepliedInTime() {
        TestExecutor<Suggestion> given = fixture.given(accepted())
                .andGivenCommands(new AssignSuggestion(ID, LEAD_UNIT, List.of(), null, null),
                        new ReplyToSuggestion(ID, LEAD_UNIT, HandlingResult.KEPT_FOR_REFERENCE, "暂不具备条件", null),
                        new RateSuggestion(ID, Satisfaction.UNSATISFIED, null, null));
        Instant due = given.currentTime().plus(policy.suggestionReply());
        // The first round's deadline falls on the same instant here; only the re-handling one may count.
        given.whenThenTimeElapses(policy.suggestionReply().plusSeconds(1))
                .expectDeadlinesMet(new Suggestion.ReplyDue(1, due), new Suggestion.ReplyDue(2, due))
                .expectEvents(new SuggestionOverdue(ID, due, LEAD_UNIT));
    }

    @Test
    void shouldOnlyRecordSecondUnsatisfiedRatingAndThenAllowClosingOnly() {
        fixture.given(repliedAgain(HandlingResult.KEPT_FOR_REFERENCE))
                .when(new RateSuggestion(ID, Satisfaction.UNSATISFIED, "仍不满意", null))
                .expectEvents(new SuggestionRated(ID, Satisfaction.UNSATISFIED, 2, "仍不满意"))
                .expectNoScheduledDeadlines();

        List<Object> ratedTwice = plus(repliedAgain(HandlingResult.KEPT_FOR_REFERENCE),
                new SuggestionRated(ID, Satisfaction.UNSATISFIED, 2, null));
        fixture.given(ratedTwice)
                .when(new ReplyToSuggestion(ID, LEAD_UNIT, HandlingResult.SOLVED_OR_ADOPTED, "第三次答复", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「已评价」，不能答复");
        fixture.given(ratedTwice)
                .when(new CloseSuggestion(ID, null, null))
                .expectEvents(new SuggestionClosed(ID, HandlingResult.KEPT_FOR_REFERENCE, Satisfaction.UNSATISFIED,
                        null));
    }

    @Test
    void shouldCloseRatedSuggestionWithClassAndRating() {
        fixture.given(plus(replied(HandlingResult.BEING_SOLVED_OR_PLANNED),
                        new SuggestionRated(ID, Satisfaction.BASICALLY_SATISFIED, 1, null)))
                .when(new CloseSuggestion(ID, "办结", null))
                .expectEvents(new SuggestionClosed(ID, HandlingResult.BEING_SOLVED_OR_PLANNED,
                        Satisfaction.BASICALLY_SATISFIED, "办结"));
    }

    @Test
    void shouldCloseRepliedSuggestionTheDeputyDidNotRate() {
        fixture.given(replied(HandlingResult.SOLVED_OR_ADOPTED))
                .when(new CloseSuggestion(ID, null, null))
                .expectEvents(new SuggestionClosed(ID, HandlingResult.SOLVED_OR_ADOPTED, null, null));
    }

    @Test
    void shouldRefuseToCloseWhileRehandling() {
        fixture.given(rehandling())
                .when(new CloseSuggestion(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「重新办理」，不能办结");
    }

    // --- supervision

    @Test
    void shouldRecordUrgeWithTheStepBeingUrged() {
        fixture.given(assigned())
                .when(new UrgeSuggestion(ID, "请加快办理", null))
                .expectEvents(new SuggestionUrged(ID, SuggestionStatus.ASSIGNED, "请加快办理"));
    }

    @Test
    void shouldRefuseToUrgeDraft() {
        fixture.given(drafted())
                .when(new UrgeSuggestion(ID, "催办", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「草拟中」，不能督办");
    }

    @Test
    void shouldRefuseToUrgeClosedSuggestion() {
        fixture.given(closed(HandlingResult.SOLVED_OR_ADOPTED))
                .when(new UrgeSuggestion(ID, "催办", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「已办结」，不能督办");
    }

    @Test
    void shouldPickKeySuggestionForEachLeaderOnce() {
        fixture.given(assigned())
                .when(new PickSuggestionForKeySupervision(ID, "李明", "区长", "群众关注度高", null))
                .expectEvents(new SuggestionPickedForKeySupervision(ID, "李明", "区长", "群众关注度高"));

        fixture.given(plus(assigned(), new SuggestionPickedForKeySupervision(ID, "李明", "区长", null)))
                .when(new PickSuggestionForKeySupervision(ID, "赵华", "副区长", null, null))
                .expectEvents(new SuggestionPickedForKeySupervision(ID, "赵华", "副区长", null));
    }

    @Test
    void shouldRefuseTheSameLeaderPickingTwice() {
        fixture.given(plus(assigned(), new SuggestionPickedForKeySupervision(ID, "李明", "区长", null)))
                .when(new PickSuggestionForKeySupervision(ID, "李明", "区长", null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("「李明」已在重点督办本件建议")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseKeySupervisionBeforeAcceptance() {
        fixture.given(submitted())
                .when(new PickSuggestionForKeySupervision(ID, "李明", "区长", null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「待审查」，不能列为重点督办");
    }

    // --- follow-up of B-class suggestions (回头看)

    @Test
    void shouldFollowUpClosedBClassSuggestionInALaterYear() {
        fixture.givenCurrentTime(REPLIED_IN_2025)
                .andGiven(closed(HandlingResult.BEING_SOLVED_OR_PLANNED))
                .andGivenCurrentTime(IN_2026)
                .when(new FollowUpSuggestion(ID, 2026, FollowUpOutcome.STILL_IN_PROGRESS, "线路已完成招标", null))
                .expectEvents(new SuggestionFollowedUp(ID, 2026, "线路已完成招标", FollowUpOutcome.STILL_IN_PROGRESS));
    }

    @Test
    void shouldUpgradeToSolvedWhenFollowUpFindsItSolved() {
        fixture.givenCurrentTime(REPLIED_IN_2025)
                .andGiven(closed(HandlingResult.BEING_SOLVED_OR_PLANNED))
                .andGivenCurrentTime(IN_2026)
                .when(new FollowUpSuggestion(ID, 2026, FollowUpOutcome.SOLVED, "线路已开通运营", null))
                .expectEvents(new SuggestionFollowedUp(ID, 2026, "线路已开通运营", FollowUpOutcome.SOLVED),
                        new SuggestionUpgradedToSolved(ID, 2026))
                // Solved in 2026, the suggestion keeps the class its unit replied with in 2025.
                .expectState(suggestion -> {
                    assertThat(suggestion.state().result()).isEqualTo(HandlingResult.BEING_SOLVED_OR_PLANNED);
                    assertThat(suggestion.state().solvedYear()).isEqualTo(2026);
                });
    }

    @Test
    void shouldRefuseFollowUpOnceFoundSolved() {
        fixture.givenCurrentTime(REPLIED_IN_2025)
                .andGiven(plus(closed(HandlingResult.BEING_SOLVED_OR_PLANNED),
                        new SuggestionFollowedUp(ID, 2026, "已开通", FollowUpOutcome.SOLVED),
                        new SuggestionUpgradedToSolved(ID, 2026)))
                .andGivenCurrentTime(IN_2027)
                .when(new FollowUpSuggestion(ID, 2027, FollowUpOutcome.STILL_IN_PROGRESS, "再看", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本件已于2026年回头看时解决，无需再回头看")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseASecondFollowUpInTheSameYear() {
        fixture.givenCurrentTime(REPLIED_IN_2025)
                .andGiven(plus(closed(HandlingResult.BEING_SOLVED_OR_PLANNED),
                        new SuggestionFollowedUp(ID, 2026, "正在施工", FollowUpOutcome.STILL_IN_PROGRESS)))
                .andGivenCurrentTime(IN_2026)
                .when(new FollowUpSuggestion(ID, 2026, FollowUpOutcome.SOLVED, "已开通", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本件2026年度已回头看，每年只记录一次")
                .expectNoEvents();
    }

    @Test
    void shouldFollowUpAgainNextYearWhatWasNotYetPossible() {
        fixture.givenCurrentTime(REPLIED_IN_2025)
                .andGiven(plus(closed(HandlingResult.BEING_SOLVED_OR_PLANNED),
                        new SuggestionFollowedUp(ID, 2026, "资金未落实", FollowUpOutcome.NOT_YET_POSSIBLE)))
                .andGivenCurrentTime(IN_2027)
                .when(new FollowUpSuggestion(ID, 2027, FollowUpOutcome.SOLVED, "资金已落实，工程完工", null))
                .expectEvents(new SuggestionFollowedUp(ID, 2027, "资金已落实，工程完工", FollowUpOutcome.SOLVED),
                        new SuggestionUpgradedToSolved(ID, 2027));
    }

    @Test
    void shouldKeepARevisionOneFollowUpReadableAsProgress() {
        SuggestionFollowedUp old = new SuggestionFollowedUp(ID, 2026, "正在施工", null);
        assertThat(old.outcomeOrInProgress()).isEqualTo(FollowUpOutcome.STILL_IN_PROGRESS);
        fixture.givenCurrentTime(REPLIED_IN_2025)
                .andGiven(plus(closed(HandlingResult.BEING_SOLVED_OR_PLANNED), old))
                .andGivenCurrentTime(IN_2026)
                .when(new FollowUpSuggestion(ID, 2026, FollowUpOutcome.SOLVED, "已开通", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本件2026年度已回头看，每年只记录一次");
    }

    @Test
    void shouldRefuseFollowUpOnCClassSuggestion() {
        fixture.given(closed(HandlingResult.KEPT_FOR_REFERENCE))
                .when(new FollowUpSuggestion(ID, 2026, FollowUpOutcome.STILL_IN_PROGRESS, "再看", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本件办理结果为C类（暂不具备条件、留作参考），只有B类建议才能回头看");
    }

    @Test
    void shouldRefuseFollowUpInTheYearOfTheReply() {
        fixture.givenCurrentTime(REPLIED_IN_2025)
                .andGiven(closed(HandlingResult.BEING_SOLVED_OR_PLANNED))
                .andGivenCurrentTime(IN_2026)
                .when(new FollowUpSuggestion(ID, 2025, FollowUpOutcome.STILL_IN_PROGRESS, "进展", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("回头看年度须晚于答复年度（2025年），且不晚于今年（2026年）")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseFollowUpForAFutureYear() {
        fixture.givenCurrentTime(REPLIED_IN_2025)
                .andGiven(closed(HandlingResult.BEING_SOLVED_OR_PLANNED))
                .andGivenCurrentTime(IN_2026)
                .when(new FollowUpSuggestion(ID, 2027, FollowUpOutcome.STILL_IN_PROGRESS, "进展", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("回头看年度须晚于答复年度（2025年），且不晚于今年（2026年）");
    }

    @Test
    void shouldRefuseFollowUpWhileUnitsStillHandle() {
        fixture.given(assigned())
                .when(new FollowUpSuggestion(ID, 2026, FollowUpOutcome.STILL_IN_PROGRESS, "进展", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「办理中」，不能回头看");
    }

    // --- conversion to and from procuratorate suggestions (双向衔接转化)

    @Test
    void shouldConvertSuggestionToProcuratorate() {
        fixture.given(accepted())
                .when(new ConvertSuggestionToProcuratorate(ID, PROCURATORATE, "涉及公共利益保护", null))
                .expectEvents(new SuggestionConvertedToProcuratorate(ID, PROCURATORATE, "涉及公共利益保护"));
    }

    @Test
    void shouldRefuseToConvertDraft() {
        fixture.given(drafted())
                .when(new ConvertSuggestionToProcuratorate(ID, PROCURATORATE, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("建议当前状态为「草拟中」，不能转为检察建议");
    }

    @Test
    void shouldRefuseToConvertTwice() {
        fixture.given(plus(accepted(), new SuggestionConvertedToProcuratorate(ID, PROCURATORATE, null)))
                .when(new ConvertSuggestionToProcuratorate(ID, PROCURATORATE, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本件已转为检察建议，不能重复转化");
    }

    @Test
    void shouldRefuseToConvertBackWhatCameFromProcuratorate() {
        fixture.given(draftedEvent(SuggestionKind.SUGGESTION, PROCURATORATE_REF),
                        new SuggestionSubmitted(ID, SessionPeriod.RECESS, 1))
                .when(new ConvertSuggestionToProcuratorate(ID, PROCURATORATE, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本件由检察建议转化而来，不能再转为检察建议");
    }

    @Test
    void shouldRecordWhatTheProcuratorateDid() {
        fixture.givenCurrentTime(IN_2026)
                .andGiven(plus(accepted(), new SuggestionConvertedToProcuratorate(ID, PROCURATORATE, null)))
                .when(new RecordProcuratorateOutcome(ID, ProcuratorateOutcome.SUGGESTION_ISSUED, " 新检公益建〔2026〕5号 ",
                        LocalDate.of(2026, 3, 30), "", null))
                .expectEvents(new SuggestionProcuratorateOutcomeRecorded(ID, PROCURATORATE,
                        ProcuratorateOutcome.SUGGESTION_ISSUED, "新检公益建〔2026〕5号", LocalDate.of(2026, 3, 30),
                        null));
    }

    @Test
    void shouldRecordTheProcuratorateOutcomeAfterTheSuggestionWasClosed() {
        fixture.givenCurrentTime(IN_2026)
                .andGiven(plus(closed(HandlingResult.SOLVED_OR_ADOPTED),
                        new SuggestionConvertedToProcuratorate(ID, PROCURATORATE, null)))
                .when(new RecordProcuratorateOutcome(ID, ProcuratorateOutcome.DECLINED, null, LocalDate.of(2026, 3, 1),
                        "不符合公益诉讼立案条件", null))
                .expectEvents(new SuggestionProcuratorateOutcomeRecorded(ID, PROCURATORATE,
                        ProcuratorateOutcome.DECLINED, null, LocalDate.of(2026, 3, 1), "不符合公益诉讼立案条件"));
    }

    @Test
    void shouldRefuseTheProcuratorateOutcomeOfASuggestionNotConverted() {
        fixture.given(accepted())
                .when(new RecordProcuratorateOutcome(ID, ProcuratorateOutcome.LAWSUIT_FILED, "检诉〔2026〕1号",
                        LocalDate.of(2026, 3, 1), null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本件未转为检察建议，没有检察机关的办理结果可记录")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToRecordTheProcuratorateOutcomeTwice() {
        fixture.given(plus(accepted(), new SuggestionConvertedToProcuratorate(ID, PROCURATORATE, null),
                        new SuggestionProcuratorateOutcomeRecorded(ID, PROCURATORATE, ProcuratorateOutcome.DECLINED,
                                null, LocalDate.of(2026, 3, 1), null)))
                .when(new RecordProcuratorateOutcome(ID, ProcuratorateOutcome.LAWSUIT_FILED, "检诉〔2026〕1号",
                        LocalDate.of(2026, 3, 1), null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("检察机关的办理结果已记录为「不予立案」，不能重复记录");
    }

    @Test
    void shouldRefuseAProcuratorateDecisionDatedInTheFuture() {
        fixture.givenCurrentTime(IN_2026)
                .andGiven(plus(accepted(), new SuggestionConvertedToProcuratorate(ID, PROCURATORATE, null)))
                .when(new RecordProcuratorateOutcome(ID, ProcuratorateOutcome.SUGGESTION_ISSUED, "检建〔2026〕9号",
                        LocalDate.of(2026, 4, 2), null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("检察机关的决定日期不能晚于今天")
                .expectNoEvents();
    }
}
