package cn.luzhi.command.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.common.DuplicateRecord;
import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.command.personaldata.RecordingVault;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.AcceptPetition;
import cn.luzhi.events.petition.ClosePetition;
import cn.luzhi.events.petition.DeclinePetition;
import cn.luzhi.events.petition.ExtendPetitionDeadline;
import cn.luzhi.events.petition.FollowUpPetition;
import cn.luzhi.events.petition.ForwardPetition;
import cn.luzhi.events.petition.MergePetition;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionDeclined;
import cn.luzhi.events.petition.PetitionFollowedUp;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionHotlineFeedbackRecorded;
import cn.luzhi.events.petition.HotlineTicket;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionMerged;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.petition.PetitionWithdrawn;
import cn.luzhi.events.petition.RatePetition;
import cn.luzhi.events.petition.RecordHotlineFeedback;
import cn.luzhi.events.petition.ReplyToPetition;
import cn.luzhi.events.petition.SubmitPetition;
import cn.luzhi.events.petition.UrgePetition;
import cn.luzhi.events.petition.WithdrawPetition;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PetitionTest {

    private static final PetitionId ID = new PetitionId("p-1");
    private static final PetitionId OTHER = new PetitionId("p-2");
    private static final DeputyId DEPUTY = new DeputyId("d-1");
    private static final RegionId REGION = new RegionId("150102001");
    private static final StationId STATION = new StationId("s-1");
    private static final HandlingUnitId WATER = new HandlingUnitId("u-water");
    private static final HandlingUnitId ROADS = new HandlingUnitId("u-roads");
    private static final PersonDetails PETITIONER = new PersonDetails("王小明", "13800001234", null);
    private static final PersonRef PETITIONER_REF = new PersonRef("person-1");

    private final DeadlinePolicy policy = DeadlinePolicy.defaults();
    private final RecordingVault vault = new RecordingVault();
    private final RecordingHotlineTickets tickets = new RecordingHotlineTickets();
    private FixtureConfiguration<Petition> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Petition.class);
        fixture.registerInjectableResource(policy);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(tickets);
    }

    private PetitionSubmitted submitted() {
        return new PetitionSubmitted(ID, PetitionSource.DEPUTY_QR_CODE, REGION, DEPUTY, STATION, PETITIONER_REF,
                "路灯不亮", "小区门口路灯坏了三个月");
    }

    private PetitionForwarded forwarded(Instant dueAt) {
        return new PetitionForwarded(ID, List.of(WATER, ROADS), dueAt, null);
    }

    /** The default reply deadline counted from the fixture's clock, which given(...) sets. */
    private Instant defaultDue(TestExecutor<Petition> executor) {
        return executor.currentTime().plus(policy.petitionReply());
    }

    private static final Instant SOME_DUE = Instant.parse("2026-12-31T16:00:00Z");

    @Test
    void shouldKeepPetitionerInVaultAndOnlyReferenceInEvent() {
        fixture.givenNoPriorActivity()
                .when(new SubmitPetition(ID, PetitionSource.DEPUTY_QR_CODE, REGION, DEPUTY, STATION, PETITIONER,
                        "路灯不亮", "小区门口路灯坏了三个月"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(submitted());
        assertThat(vault.read(PETITIONER_REF)).contains(PETITIONER);
    }

    @Test
    void shouldAcceptSubmittedPetition() {
        fixture.given(submitted())
                .when(new AcceptPetition(ID, DEPUTY, "我来跟进", null))
                .expectEvents(new PetitionAccepted(ID, DEPUTY, "我来跟进"));
    }

    @Test
    void shouldDeclineSubmittedPetitionWithReason() {
        fixture.given(submitted())
                .when(new DeclinePetition(ID, "属于司法程序，不予受理", null))
                .expectEvents(new PetitionDeclined(ID, "属于司法程序，不予受理"));
    }

    @Test
    void shouldRefuseToAcceptDeclinedPetition() {
        fixture.given(submitted(), new PetitionDeclined(ID, "重复"))
                .when(new AcceptPetition(ID, DEPUTY, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("诉求当前状态为「不予受理」，不能受理")
                .expectNoEvents();
    }

    @Test
    void shouldForwardWithDefaultDeadlineAndScheduleIt() {
        TestExecutor<Petition> given = fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null));
        given.when(new ForwardPetition(ID, List.of(WATER, ROADS, WATER), null, null, null))
                .expectEvents(forwarded(defaultDue(given)))
                .expectScheduledDeadlineWithName(policy.petitionReply(), Petition.REPLY_DUE);
    }

    @Test
    void shouldRefuseToForwardWithDeadlineInThePast() {
        fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null))
                .when(new ForwardPetition(ID, List.of(WATER), Instant.parse("2000-01-01T00:00:00Z"), null, null))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToForwardBeforeAcceptance() {
        fixture.given(submitted())
                .when(new ForwardPetition(ID, List.of(WATER), null, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("诉求当前状态为「待受理」，不能转办");
    }

    @Test
    void shouldRaiseOverdueWhenDeadlinePassesWithRepliesOutstanding() {
        TestExecutor<Petition> given = fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null))
                .andGivenCommands(new ForwardPetition(ID, List.of(WATER, ROADS), null, null, null))
                .andGivenCommands(new ReplyToPetition(ID, WATER, "已安排维修", null));
        Instant due = defaultDue(given);
        given.whenThenTimeElapses(policy.petitionReply().plusSeconds(1))
                .expectDeadlinesMet(new Petition.ReplyDue(due))
                .expectEvents(new PetitionOverdue(ID, due, List.of(ROADS)));
    }

    @Test
    void shouldNotRaiseOverdueWhenAllUnitsRepliedInTime() {
        fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null))
                .andGivenCommands(new ForwardPetition(ID, List.of(WATER), null, null, null))
                .andGivenCommands(new ReplyToPetition(ID, WATER, "已修复", null))
                .whenThenTimeElapses(policy.petitionReply().plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void shouldExtendDeadlineOnceAndIgnoreTheSupersededOne() {
        TestExecutor<Petition> given = fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null))
                .andGivenCommands(new ForwardPetition(ID, List.of(WATER), null, null, null));
        Instant due = defaultDue(given);
        Instant extended = due.plus(policy.petitionExtension());
        given.when(new ExtendPetitionDeadline(ID, "需协调资金", null))
                .expectEvents(new PetitionDeadlineExtended(ID, due, extended, "需协调资金"))
                .expectScheduledDeadlineWithName(policy.petitionReply().plus(policy.petitionExtension()),
                        Petition.REPLY_DUE);

        fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null))
                .andGivenCommands(new ForwardPetition(ID, List.of(WATER), null, null, null),
                        new ExtendPetitionDeadline(ID, "需协调资金", null))
                .whenThenTimeElapses(policy.petitionReply().plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseSecondExtension() {
        Instant due = SOME_DUE;
        fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null), forwarded(due),
                        new PetitionDeadlineExtended(ID, due, due.plus(policy.petitionExtension()), "x"))
                .when(new ExtendPetitionDeadline(ID, "再延", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本轮转办的答复期限已延期过一次，不能再次延期");
    }

    @Test
    void shouldMarkLastReplyAsCompletingTheRound() {
        fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null), forwarded(SOME_DUE),
                        new PetitionReplied(ID, WATER, "已处理", false))
                .when(new ReplyToPetition(ID, ROADS, "已处理", null))
                .expectEvents(new PetitionReplied(ID, ROADS, "已处理", true));
    }

    @Test
    void shouldRefuseReplyFromUnitNotForwardedTo() {
        fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null), forwarded(SOME_DUE))
                .when(new ReplyToPetition(ID, new HandlingUnitId("u-other"), "答复", null))
                .expectException(CommandRefused.class);
    }

    @Test
    void shouldRefuseSecondReplyFromSameUnit() {
        fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null), forwarded(SOME_DUE),
                        new PetitionReplied(ID, WATER, "已处理", false))
                .when(new ReplyToPetition(ID, WATER, "再次答复", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("承办单位「u-water」已答复过本轮转办");
    }

    @Test
    void shouldFollowUpAfterReplies() {
        fixture.given(repliedHistory())
                .when(new FollowUpPetition(ID, "已电话回访", null))
                .expectEvents(new PetitionFollowedUp(ID, "已电话回访"));
    }

    @Test
    void shouldRefuseFollowUpBeforeReplies() {
        fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null))
                .when(new FollowUpPetition(ID, "回访", null))
                .expectException(CommandRefused.class);
    }

    @Test
    void shouldRateAndCloseWithTheRating() {
        fixture.given(repliedHistory())
                .when(new RatePetition(ID, Satisfaction.SATISFIED, "很快", null))
                .expectEvents(new PetitionRated(ID, Satisfaction.SATISFIED, "很快"));

        fixture.given(repliedHistory())
                .andGiven(new PetitionRated(ID, Satisfaction.BASICALLY_SATISFIED, null))
                .when(new ClosePetition(ID, "办结", null))
                .expectEvents(new PetitionClosed(ID, Satisfaction.BASICALLY_SATISFIED, "办结"));
    }

    @Test
    void shouldReopenWhenPetitionerIsUnsatisfiedAndAllowForwardingAgain() {
        fixture.given(repliedHistory())
                .when(new RatePetition(ID, Satisfaction.UNSATISFIED, "没修好", null))
                .expectEvents(new PetitionRated(ID, Satisfaction.UNSATISFIED, "没修好"),
                        new PetitionReopened(ID, 1));

        TestExecutor<Petition> reopened = fixture.given(repliedHistory())
                .andGiven(new PetitionRated(ID, Satisfaction.UNSATISFIED, null), new PetitionReopened(ID, 1));
        reopened.when(new ForwardPetition(ID, List.of(ROADS), null, null, null))
                .expectEvents(new PetitionForwarded(ID, List.of(ROADS), defaultDue(reopened), null));
    }

    @Test
    void shouldRefuseToCloseWhileUnitsStillHandle() {
        fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null), forwarded(SOME_DUE))
                .when(new ClosePetition(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("诉求当前状态为「转办中」，不能办结");
    }

    @Test
    void shouldRecordUrgeWithTheStepBeingUrged() {
        fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null), forwarded(SOME_DUE))
                .when(new UrgePetition(ID, "请加快办理", null))
                .expectEvents(new PetitionUrged(ID, PetitionStatus.FORWARDED, "请加快办理"));
    }

    @Test
    void shouldRefuseToUrgeClosedPetition() {
        fixture.given(repliedHistory())
                .andGiven(new PetitionClosed(ID, null, null))
                .when(new UrgePetition(ID, "催办", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("诉求当前状态为「已办结」，不能督办");
    }

    @Test
    void shouldWithdrawOpenPetition() {
        fixture.given(submitted())
                .when(new WithdrawPetition(ID, "问题已自行解决", null))
                .expectEvents(new PetitionWithdrawn(ID, "问题已自行解决"));
    }

    @Test
    void shouldRefuseToWithdrawTwice() {
        fixture.given(submitted(), new PetitionWithdrawn(ID, null))
                .when(new WithdrawPetition(ID, null, null))
                .expectException(CommandRefused.class);
    }

    @Test
    void shouldMergeDuplicateIntoAnotherPetition() {
        fixture.given(submitted())
                .when(new MergePetition(ID, OTHER, "同一路灯问题", null))
                .expectEvents(new PetitionMerged(ID, OTHER, "同一路灯问题"));
    }

    @Test
    void shouldRefuseToMergeIntoItself() {
        fixture.given(submitted())
                .when(new MergePetition(ID, ID, null, null))
                .expectException(CommandRefused.class);
    }

    private Object[] repliedHistory() {
        return new Object[]{submitted(), new PetitionAccepted(ID, DEPUTY, null),
                new PetitionForwarded(ID, List.of(WATER), SOME_DUE, null),
                new PetitionReplied(ID, WATER, "已修复", true)};
    }

    private static final HotlineTicket TICKET = new HotlineTicket("GD-2026-0001", LocalDate.of(2026, 3, 2),
            "多次投诉未解决");

    private SubmitPetition submitTicket(PetitionId id, PetitionSource source, DeputyId deputy, HotlineTicket ticket) {
        return new SubmitPetition(id, source, REGION, deputy, null, PETITIONER, "路灯不亮", "小区门口路灯坏了三个月",
                ticket, null);
    }

    private PetitionSubmitted ticketSubmitted() {
        return new PetitionSubmitted(ID, PetitionSource.HOTLINE_12345, REGION, DEPUTY, null, PETITIONER_REF,
                "路灯不亮", "小区门口路灯坏了三个月", TICKET, null);
    }

    @Test
    void shouldRegisterA12345TicketWithItsSupervisingDeputyAndClaimItsNumber() {
        fixture.givenCurrentTime(Instant.parse("2026-03-05T02:00:00Z"))
                .when(submitTicket(ID, PetitionSource.HOTLINE_12345, DEPUTY, TICKET))
                .expectEvents(ticketSubmitted());
        assertThat(tickets.holder("GD-2026-0001")).contains(new HotlineTickets.Holder("p-1", "路灯不亮"));
    }

    @Test
    void shouldRefuseA12345PetitionWithoutATicket() {
        fixture.givenNoPriorActivity()
                .when(submitTicket(ID, PetitionSource.HOTLINE_12345, DEPUTY, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("12345疑难工单须填写工单号、接件日期和升级原因")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseA12345PetitionWithoutASupervisingDeputy() {
        fixture.givenNoPriorActivity()
                .when(submitTicket(ID, PetitionSource.HOTLINE_12345, null, TICKET))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("12345疑难工单须指定督办代表")
                .expectNoEvents();
        assertThat(tickets.holder("GD-2026-0001")).isEmpty();
    }

    @Test
    void shouldRefuseATicketOnAPetitionOfAnotherSource() {
        fixture.givenNoPriorActivity()
                .when(submitTicket(ID, PetitionSource.LETTER_OR_PHONE, DEPUTY, TICKET))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("只有来源为「12345疑难工单」的诉求才能填写12345工单")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseATicketTheHotlineReceivesOnlyInTheFuture() {
        fixture.givenCurrentTime(Instant.parse("2026-03-01T02:00:00Z"))
                .when(submitTicket(ID, PetitionSource.HOTLINE_12345, DEPUTY, TICKET))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("接件日期不能晚于今天")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseASecondRegistrationOfATicketNumberNamingThePetitionThatHoldsIt() {
        tickets.claim("GD-2026-0001", "p-2", "井盖缺失");

        fixture.givenCurrentTime(Instant.parse("2026-03-05T02:00:00Z"))
                .when(submitTicket(ID, PetitionSource.HOTLINE_12345, DEPUTY, TICKET))
                .expectException(DuplicateRecord.class)
                .expectExceptionMessage("12345工单号「GD-2026-0001」已登记为诉求「井盖缺失」（编号 p-2），不能重复登记")
                .expectNoEvents();
    }

    @Test
    void shouldRecordTheFeedbackToTheHotlineUnderItsTicketNumberAfterTheUnitsReplied() {
        fixture.given(ticketSubmitted(), new PetitionAccepted(ID, DEPUTY, null),
                        new PetitionForwarded(ID, List.of(WATER), SOME_DUE, null),
                        new PetitionReplied(ID, WATER, "已修复", true))
                .andGivenCurrentTime(Instant.parse("2026-03-20T02:00:00Z"))
                .when(new RecordHotlineFeedback(ID, "路灯已修复，群众认可", LocalDate.of(2026, 3, 20), null))
                .expectEvents(new PetitionHotlineFeedbackRecorded(ID, "GD-2026-0001", "路灯已修复，群众认可",
                        LocalDate.of(2026, 3, 20)));
    }

    @Test
    void shouldRefuseHotlineFeedbackBeforeAUnitReplied() {
        fixture.given(ticketSubmitted(), new PetitionAccepted(ID, DEPUTY, null),
                        new PetitionForwarded(ID, List.of(WATER), SOME_DUE, null))
                .when(new RecordHotlineFeedback(ID, "正在办理", LocalDate.of(2026, 3, 20), null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("诉求当前状态为「转办中」，不能反馈12345")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseHotlineFeedbackTwiceInOneRound() {
        fixture.given(ticketSubmitted(), new PetitionAccepted(ID, DEPUTY, null),
                        new PetitionForwarded(ID, List.of(WATER), SOME_DUE, null),
                        new PetitionReplied(ID, WATER, "已修复", true),
                        new PetitionHotlineFeedbackRecorded(ID, "GD-2026-0001", "已修复", LocalDate.of(2026, 3, 20)))
                .when(new RecordHotlineFeedback(ID, "再次反馈", LocalDate.of(2026, 3, 21), null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本轮办理结果已反馈12345，群众不满意重新办理后才能再次反馈")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseHotlineFeedbackOnAPetitionThatCameOtherwise() {
        fixture.given(submitted(), new PetitionAccepted(ID, DEPUTY, null),
                        new PetitionForwarded(ID, List.of(WATER), SOME_DUE, null),
                        new PetitionReplied(ID, WATER, "已修复", true))
                .when(new RecordHotlineFeedback(ID, "已修复", LocalDate.of(2026, 3, 20), null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("该诉求不是12345疑难工单，不能反馈12345")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseHotlineFeedbackDatedInTheFuture() {
        fixture.given(ticketSubmitted(), new PetitionAccepted(ID, DEPUTY, null),
                        new PetitionForwarded(ID, List.of(WATER), SOME_DUE, null),
                        new PetitionReplied(ID, WATER, "已修复", true))
                .andGivenCurrentTime(Instant.parse("2026-03-20T02:00:00Z"))
                .when(new RecordHotlineFeedback(ID, "已修复", LocalDate.of(2026, 3, 22), null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("反馈日期不能晚于今天")
                .expectNoEvents();
    }
}
